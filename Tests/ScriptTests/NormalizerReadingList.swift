/// How news text should sound, for the espeak-ng comparison tests: a category, the text as
/// written, then one or more acceptable readings written in plain words (separated by `|`).
/// Readings are spelled so that eSpeak NG itself reads them right ("I.S fighters" for the
/// Islamic State, "M.P's" for members of parliament).
enum NormalizerReadingList {
    struct Case: Sendable, CustomStringConvertible {
        let category: String
        let input: String
        let readings: [String]
        var description: String { "\(category): \(input)" }
    }

    static let all: [Case] = table.split(separator: "\n").compactMap { line in
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 3 else { return nil }
        return Case(category: fields[0], input: fields[1], readings: fields[2].split(separator: "|").map(String.init))
    }

    static let table = #"""
date	Sept. 23, 2024	September twenty-third, twenty twenty-four
date	23/09/2024	the twenty-third of September twenty twenty-four
date	2024-09-27	the twenty-seventh of September twenty twenty-four|September twenty-seventh, twenty twenty-four
date	on 1st Jan	on the first of January
date	Jan. 6, 2021	January sixth, twenty twenty-one
date	14 February 2023	the fourteenth of February twenty twenty-three
date	Mon., Oct. 7	Monday, October seventh
date	Thurs 5 Dec	Thursday the fifth of December
date	Dec. 25	December twenty-fifth
date	the 4th of July	the fourth of July
date	March 2020	March twenty twenty
date	12.03.2022	the twelfth of March twenty twenty-two
date	31 Aug	the thirty-first of August
date	Aug 3-5	August third to fifth
date	in Nov.	in November
date	Mon-Fri	Monday to Friday
date	Tuesday, Sept. 3	Tuesday, September third
date	Sep 30	September thirtieth
date	23rd September 2024	the twenty-third of September twenty twenty-four
date	September 23rd	September twenty-third
date	on Oct. 1	on October first
date	Feb 29	February twenty-ninth
date	1 January 2025	the first of January twenty twenty-five
date	Wed 12 June	Wednesday the twelfth of June
date	Fri., Nov. 8	Friday, November eighth
date	June 2nd	June second
date	Jul. 4	July fourth
date	Apr. 15, 2025	April fifteenth, twenty twenty-five
date	10–12 March	the tenth to the twelfth of March
date	Jan. 1	January first
date	Oct 2023	October twenty twenty-three
date	Black & Decker	Black and Decker
date	5 Nov	the fifth of November
date	Nov 5th	November fifth
date	01/02/2023	the first of February twenty twenty-three
date	2023-01-15	the fifteenth of January twenty twenty-three
date	Sunday 3 March	Sunday the third of March
date	in Jan	in January
date	Dec 31	December thirty-first
date	23 Sept 2024	the twenty-third of September twenty twenty-four
date	Sept 23rd, 2024	September twenty-third, twenty twenty-four
date	27.09.24	the twenty-seventh of September twenty twenty-four
date	9/23/24	September twenty-third, twenty twenty-four
date	Monday 23rd September	Monday the twenty-third of September
date	Sat 28 Sep	Saturday the twenty-eighth of September
date	Aug. 2024	August twenty twenty-four
date	1st of September	the first of September|first of September
date	September 2023–June 2024	September twenty twenty-three to June twenty twenty-four
date	5–7 May	the fifth to the seventh of May
date	Nov	November
date	Mar. 3	March third
date	Sept. 11, 2001	September eleventh, two thousand and one
date	Oct. 7 attacks	October seventh attacks
date	on 6 January	on the sixth of January
date	Jan 20, 2025	January twentieth, twenty twenty-five
date	31/12/2023	the thirty-first of December twenty twenty-three
date	2023-12-31	the thirty-first of December twenty twenty-three
time	at 10:00	at ten o'clock|at ten
time	9.30am	nine thirty a.m
time	3 p.m. ET	three p.m Eastern Time
time	10:45pm	ten forty-five p.m
time	07:05	seven oh five
time	18:30 GMT	eighteen thirty G.M.T
time	at 6am	at six a.m
time	2:01:09	two hours one minute and nine seconds|two hours, one minute and nine seconds
time	at 10.30	at ten thirty
time	9am-5pm	nine a.m to five p.m
time	11:59 p.m.	eleven fifty-nine p.m
time	7:30 a.m. EST	seven thirty a.m Eastern Standard Time
time	0900 GMT	oh nine hundred G.M.T|nine hundred G.M.T|nine a.m G.M.T
time	1430 GMT	fourteen thirty G.M.T
time	10pm	ten p.m
time	5.45pm	five forty-five p.m
time	12:30	twelve thirty
time	9 a.m.	nine a.m
time	11am	eleven a.m
time	6.15pm	six fifteen p.m
time	14:00	fourteen hundred
time	at 8:00 am	at eight a.m
time	9:05 a.m.	nine oh five a.m
time	1:30	one thirty
time	10am-2pm	ten a.m to two p.m
time	11.30pm	eleven thirty p.m
time	22:00 BST	twenty-two hundred B.S.T
time	3:45 p.m. EDT	three forty-five p.m Eastern Daylight Time
time	6-8pm	six to eight p.m
time	9:00-17:00	nine o'clock to seventeen hundred|nine to seventeen hundred
time	8:30am	eight thirty a.m
time	7pm GMT	seven p.m G.M.T
time	12:00 noon	twelve o'clock noon|twelve noon
year	in 1990	in nineteen ninety
year	in 2005	in two thousand and five
year	since 1066	since ten sixty-six
year	the 1990s	the nineteen nineties
year	the '90s	the nineties
year	mid-1990s	mid nineteen nineties
year	the 2020s	the twenty twenties
year	FY2024	fiscal year twenty twenty-four
year	in her 30s	in her thirties
year	the 1800s	the eighteen hundreds
year	class of '08	class of oh eight
year	by 2030	by twenty thirty
year	in 2000	in two thousand
year	in 1901	in nineteen oh one
year	the 2000s	the two thousands
year	the 1960s and '70s	the nineteen sixties and seventies
year	early 2010s	early twenty tens
year	FY23	fiscal year twenty-three
year	the 80s	the eighties
year	since 2010	since twenty ten
year	the 2024 election	the twenty twenty-four election
year	the 1970s	the nineteen seventies
year	’80s	eighties
year	late-1980s	late nineteen eighties
year	the 2010s	the twenty tens
year	the 1900s	the nineteen hundreds
year	FY25	fiscal year twenty-five
year	the 60s	the sixties
year	early '80s	early eighties
year	500 BC	five hundred B.C
year	THE 1960S	the nineteen sixties
year	AD 79	A.D seventy-nine
year	the 1930s	the nineteen thirties
year	his 40s	his forties
year	the mid-2000s	the mid two thousands
year	FY2023-24	fiscal year twenty twenty-three to twenty-four
year	Q2 2024	Q two twenty twenty-four
range	2023-24	twenty twenty-three to twenty-four
range	1990–2000	nineteen ninety to two thousand
range	pages 10-20	pages ten to twenty
range	1939-45	nineteen thirty-nine to forty-five
range	the 2019/20 season	the twenty nineteen to twenty season|the twenty nineteen twenty season
range	2024/25	twenty twenty-four to twenty-five
range	2010-2015	twenty ten to twenty fifteen
range	1914–18	nineteen fourteen to eighteen
range	ages 18-24	ages eighteen to twenty-four
range	3-4 days	three to four days
range	2020-21	twenty twenty to twenty-one
range	1945–1950	nineteen forty-five to nineteen fifty
range	1999-2000	nineteen ninety-nine to two thousand
range	chapters 3-5	chapters three to five
range	pp. 10-20	pages ten to twenty
range	Monday–Friday	Monday to Friday
range	5–3	five to three
range	1861-65	eighteen sixty-one to sixty-five
range	2001–02	two thousand and one to oh two
money	$3.5bn	three point five billion dollars
money	£2m	two million pounds
money	€40m	forty million euros
money	50p	fifty pence
money	$6.85	six dollars and eighty-five cents|six dollars eighty-five
money	$5 million	five million dollars
money	£1.50	one pound fifty|one pound and fifty pence
money	$1	one dollar
money	US$200m	two hundred million U.S dollars
money	£20-30m	twenty to thirty million pounds
money	$0.99	ninety-nine cents
money	¥100bn	one hundred billion yen
money	€2.5tn	two point five trillion euros
money	$10,000	ten thousand dollars
money	£50k	fifty thousand pounds
money	$5-10	five to ten dollars
money	$1.2 trillion	one point two trillion dollars
money	£3.5bn	three point five billion pounds
money	€1	one euro
money	£9.99	nine pounds ninety-nine|nine pounds and ninety-nine pence
money	$2.50	two dollars and fifty cents|two dollars fifty
money	¥5,000	five thousand yen
money	$600bn	six hundred billion dollars
money	£1m	one million pounds
money	$7.25 an hour	seven dollars and twenty-five cents an hour|seven dollars twenty-five an hour
money	30p	thirty pence
money	99c	ninety-nine cents
money	A$2bn	two billion Australian dollars
money	£2.4 billion	two point four billion pounds
money	£4.2bn	four point two billion pounds
money	$80m	eighty million dollars
money	€500	five hundred euros
money	£1,200	one thousand two hundred pounds|twelve hundred pounds
money	$15.99	fifteen dollars and ninety-nine cents|fifteen dollars ninety-nine
money	1p	one penny|one p
money	20c	twenty cents
money	$3bn-$4bn	three to four billion dollars|three billion dollars to four billion dollars
money	£5/month	five pounds per month|five pounds a month
money	£10-£20	ten to twenty pounds|ten pounds to twenty pounds
money	$1.3tn	one point three trillion dollars
money	$2,000	two thousand dollars
money	£3.50	three pounds fifty
money	€1.2bn	one point two billion euros
money	US$1.5bn	one point five billion U.S dollars
money	£450,000	four hundred and fifty thousand pounds
money	99p	ninety-nine pence
money	£0.50	fifty pence
money	$10 trillion	ten trillion dollars
money	$3.5BN DEAL	three point five billion dollars deal
money	$4.99	four dollars and ninety-nine cents|four dollars ninety-nine
money	£7.5m	seven point five million pounds
money	€15bn	fifteen billion euros
money	$1.5trn	one point five trillion dollars
money	£250	two hundred and fifty pounds
money	5p	five pence
percent	5-10%	five to ten percent
percent	45%	forty-five percent
percent	3.5%	three point five percent
percent	0.25%	zero point two five percent|nought point two five percent
percent	12pc	twelve percent
percent	up 7 %	up seven percent
percent	-0.3%	minus zero point three percent|minus nought point three percent
percent	100%	one hundred percent|a hundred percent
percent	+3.5%	plus three point five percent
percent	2.3%	two point three percent
percent	90%+	ninety percent plus
percent	1-2%	one to two percent
percent	12.5%	twelve point five percent
percent	-2%	minus two percent
percent	100pc	one hundred percent
percent	75%	seventy-five percent
percent	0.5%	zero point five percent|nought point five percent
ordinal	21st century	twenty-first century
ordinal	the 3rd time	the third time
ordinal	100th anniversary	one hundredth anniversary
ordinal	2nd place	second place
ordinal	52nd	fifty-second
ordinal	11th	eleventh
ordinal	12th	twelfth
ordinal	13th	thirteenth
ordinal	101st	one hundred and first
ordinal	33rd	thirty-third
ordinal	1,000th	one thousandth
ordinal	the 17th century	the seventeenth century
ordinal	3rd-largest	third-largest|third largest
ordinal	the 10th	the tenth
number	1,234,567	one million two hundred and thirty-four thousand five hundred and sixty-seven
number	7.9 billion	seven point nine billion
number	250,000 people	two hundred and fifty thousand people
number	2,500	two thousand five hundred|twenty-five hundred
number	10bn	ten billion
number	3,000 troops	three thousand troops
number	1500 people	one thousand five hundred people|fifteen hundred people
number	1,000,000	one million
number	12,345	twelve thousand three hundred and forty-five
number	100,000	one hundred thousand
number	1.4tn	one point four trillion
number	10,500	ten thousand five hundred
number	1 in 5	one in five
number	7,500	seven thousand five hundred
number	1.25 million	one point two five million
number	Apollo 11	Apollo eleven
number	Boeing 747	Boeing seven forty-seven|Boeing seven four seven
number	1.2 million	one point two million
number	3,456,789	three million four hundred and fifty-six thousand seven hundred and eighty-nine
number	2,000,000,000	two billion
number	1.3bn people	one point three billion people
number	42,000	forty-two thousand
fraction	3/4	three quarters
fraction	1/2	one half|a half
fraction	2/3 majority	two thirds majority
fraction	2½	two and a half
fraction	1 1/2 hours	one and a half hours
fraction	a 50/50 chance	a fifty-fifty chance
fraction	24/7	twenty-four seven
fraction	9/11	nine eleven
fraction	3 1/2	three and a half
fraction	¾	three quarters
fraction	2/5	two fifths
fraction	1/4	one quarter
fraction	3/8	three eighths
fraction	5/10	five out of ten
fraction	10:1	ten to one
unit	1.5m people	one point five million people
unit	100 km	one hundred kilometres
unit	5kg	five kilograms
unit	70mph	seventy miles per hour
unit	25C	twenty-five degrees Celsius
unit	30°C	thirty degrees Celsius
unit	6ft	six feet
unit	10 km/h	ten kilometres per hour
unit	500MW	five hundred megawatts
unit	a 10-km race	a ten kilometre race
unit	40 sq km	forty square kilometres
unit	1km	one kilometre
unit	77F	seventy-seven degrees Fahrenheit
unit	the 100m sprint	the one hundred metres sprint|the one hundred metre sprint|the hundred metres sprint
unit	-5C	minus five degrees Celsius
unit	5km	five kilometres
unit	3.5 miles	three point five miles
unit	80kg	eighty kilograms
unit	120 km/h	one hundred and twenty kilometres per hour
unit	-10C	minus ten degrees Celsius
unit	38.5C	thirty-eight point five degrees Celsius
unit	500ml	five hundred millilitres
unit	200mg	two hundred milligrams
unit	15cm	fifteen centimetres
unit	6ft 2in	six feet two inches|six foot two inches
unit	3GW	three gigawatts
unit	50GB	fifty gigabytes
unit	10kWh	ten kilowatt hours
unit	40km	forty kilometres
unit	25 miles	twenty-five miles
unit	2m tall	two metres tall
unit	-3C	minus three degrees Celsius
unit	100F	one hundred degrees Fahrenheit
unit	5mm	five millimetres
unit	300 lbs	three hundred pounds
unit	12oz	twelve ounces
unit	50mph	fifty miles per hour
unit	2GW	two gigawatts
unit	2 sq miles	two square miles
unit	30-40C	thirty to forty degrees Celsius
unit	5,000km	five thousand kilometres
unit	1.5°C	one point five degrees Celsius
unit	100 sq ft	one hundred square feet
unit	55kg	fifty-five kilograms
unit	30kph	thirty kilometres per hour
unit	4.5 m	four point five metres
unit	-2°C	minus two degrees Celsius
unit	3 ft	three feet
unit	6.5km	six point five kilometres
unit	-15C	minus fifteen degrees Celsius
unit	35°C	thirty-five degrees Celsius
unit	10mm	ten millimetres
unit	the 1,500m freestyle	the one thousand five hundred metres freestyle|the fifteen hundred metres freestyle
initialism	IS fighters	I.S fighters
initialism	the IDF said	the I.D.F said
initialism	NGOs	N.G.O's
initialism	MoD	M.O.D
initialism	the UAE	the U.A.E
initialism	the IMF	the I.M.F
initialism	GOP	G.O.P
initialism	an IPO	an I.P.O
initialism	EVs	E.V's
initialism	the ANC	the A.N.C
initialism	NATO	NATO
initialism	MPs	M.P's
initialism	the WHO said	the W.H.O said
initialism	PhD	P.H.D
initialism	DUP	D.U.P
initialism	Covid-19	Covid nineteen
initialism	G7	G seven
initialism	5G	five G
initialism	MH17	M.H seventeen
initialism	COP29	cop twenty-nine
initialism	the FBI	the F.B.I
initialism	the EU	the E.U
initialism	the NHS	the N.H.S
initialism	NGO	N.G.O
initialism	the DfE	the D.F.E
initialism	GDP	G.D.P
initialism	CEOs	C.E.O's
initialism	UNHCR	U.N.H.C.R
initialism	Q3	Q three
initialism	the G20	the G twenty
initialism	the UN	the U.N
initialism	the ECB	the E.C.B
initialism	IPOs	I.P.O's
initialism	an NGO	an N.G.O
initialism	SUVs	S.U.V's
initialism	the CIA	the C.I.A
initialism	ISIS	ISIS
initialism	OPEC	OPEC
initialism	the DOJ	the D.O.J
initialism	DoJ	D.O.J
initialism	HMRC	H.M.R.C
initialism	the SNP	the S.N.P
initialism	the EPA	the E.P.A
initialism	IRA	I.R.A
initialism	US-led	U.S-led|U.S led
initialism	UK-based	U.K-based|U.K based
initialism	Airbus A380	Airbus A three eighty
initialism	MH370	M.H three seventy
initialism	H5N1	H five N one
initialism	CO2	C.O two
initialism	HSBC	H.S.B.C
initialism	BMW	B.M.W
initialism	LGBTQ+	L.G.B.T.Q plus
initialism	IVF	I.V.F
initialism	the NHS's	the N.H.S's
initialism	GCSEs	G.C.S.E's
initialism	HS2	H.S two
initialism	CEO's	C.E.O's
initialism	UKIP	Ukip
initialism	MPs' expenses	M.P's expenses
initialism	the PM's	the P.M's
headline	TALKS WITH US	talks with us
headline	US TROOPS LEAVE	U.S troops leave
headline	IS FIGHTERS SEIZE TOWN	I.S fighters seize town
headline	WHAT IT MEANS FOR US	what it means for us
headline	NHS STRIKE ENDS	N.H.S strike ends
headline	WHO IS TO BLAME	who is to blame
headline	PM VOWS TO FIGHT ON	P.M vows to fight on
headline	BIDEN MEETS XI IN US	Biden meets Xi in U.S
headline	UK TO SEND TROOPS	U.K to send troops
headline	NATO SUMMIT OPENS	Nato summit opens
headline	COVID CASES RISE	Covid cases rise
headline	PM SACKS MINISTER	P.M sacks minister
headline	IS CLAIMS ATTACK	I.S claims attack
headline	LET US PRAY	let us pray
headline	US ELECTION 2024	U.S election twenty twenty-four
headline	WHO WARNS OF NEW VIRUS	W.H.O warns of new virus
headline	COVID-19 PANDEMIC	Covid nineteen pandemic
abbreviation	Mr. Smith	Mister Smith
abbreviation	Dr. Jones	Doctor Jones
abbreviation	St. Paul's Cathedral	Saint Paul's Cathedral
abbreviation	Oxford St.	Oxford Street
abbreviation	Gen. Milley	General Milley
abbreviation	No. 10	Number ten
abbreviation	Arsenal vs. Chelsea	Arsenal versus Chelsea
abbreviation	e.g.	for example
abbreviation	i.e.	that is
abbreviation	etc.	et cetera
abbreviation	Mrs. May	Missus May
abbreviation	Lt. Col. Smith	Lieutenant Colonel Smith
abbreviation	Martin Luther King Jr.	Martin Luther King Junior
abbreviation	Sen. Warren	Senator Warren
abbreviation	Prof. Green	Professor Green
abbreviation	Gov. Newsom	Governor Newsom
abbreviation	Rep. Ocasio-Cortez	Representative Ocasio-Cortez
abbreviation	Capt. Tom	Captain Tom
abbreviation	Sgt Smith	Sergeant Smith
abbreviation	Rev. Jackson	Reverend Jackson
abbreviation	Dr Smith	Doctor Smith
abbreviation	St Andrews	Saint Andrews
abbreviation	10 Downing St	ten Downing Street
abbreviation	Fifth Ave.	Fifth Avenue
abbreviation	Mt. Everest	Mount Everest
abbreviation	approx. 50	approximately fifty
abbreviation	Nos. 3 and 4	Numbers three and four
abbreviation	a.k.a.	also known as
abbreviation	Smith et al.	Smith and others
abbreviation	Ms. Jones	Miz Jones
abbreviation	Gov. Abbott	Governor Abbott
abbreviation	Lt. Gen. Smith	Lieutenant General Smith
abbreviation	Sgt. Pepper	Sergeant Pepper
abbreviation	St. Louis	Saint Louis
abbreviation	Baker St	Baker Street
abbreviation	No 10	Number ten
abbreviation	Liverpool v Everton	Liverpool versus Everton
abbreviation	No.1	number one
abbreviation	Mr Smith	Mister Smith
abbreviation	Mrs Thatcher	Missus Thatcher
abbreviation	Det Sgt Jones	Detective Sergeant Jones
abbreviation	Rt Hon	Right Honourable
abbreviation	Cllr Smith	Councillor Smith
abbreviation	Inc.	Inc
abbreviation	Apple Inc. said	Apple Inc said
abbreviation	Ltd	Limited
abbreviation	St Helens	Saint Helens
abbreviation	St. John's	Saint John's
abbreviation	on Baker St. He left	on Baker Street. He left
abbreviation	Mr Johnson's	Mister Johnson's
abbreviation	Dr. Martin Luther King Jr.	Doctor Martin Luther King Junior
abbreviation	St George's Day	Saint George's Day
abbreviation	No. 1 seed	number one seed
abbreviation	Man Utd v Chelsea	Man United versus Chelsea
roman	Charles III	Charles the Third
roman	World War II	World War Two
roman	Henry VIII	Henry the Eighth
roman	Pope Benedict XVI	Pope Benedict the Sixteenth
roman	Super Bowl LVIII	Super Bowl fifty-eight
roman	Elizabeth II	Elizabeth the Second
roman	Apollo XI	Apollo eleven
roman	Louis XIV	Louis the Fourteenth
roman	King Charles III's	King Charles the Third's
roman	Henry V	Henry the Fifth
roman	Rocky IV	Rocky Four
roman	Title IX	Title Nine
roman	Elizabeth I	Elizabeth the First
roman	Louis XVI	Louis the Sixteenth
roman	Phase III trials	Phase Three trials
roman	Pope John Paul II	Pope John Paul the Second
roman	Edward VII	Edward the Seventh
roman	Queen Elizabeth I	Queen Elizabeth the First
roman	World War I	World War One
roman	Henry IV	Henry the Fourth
roman	George VI	George the Sixth
roman	Louis XV	Louis the Fifteenth
roman	Star Wars Episode IX	Star Wars Episode Nine
roman	Pope Leo XIV	Pope Leo the Fourteenth
roman	Charles II	Charles the Second
web	bbc.co.uk	B.B.C dot co dot U.K
web	https://www.gov.uk/guidance	gov dot U.K
web	press@example.com	press at example dot com
web	Amazon.com	Amazon dot com
web	www.bbc.co.uk/news	B.B.C dot co dot U.K
web	info@bbc.co.uk	info at B.B.C dot co dot U.K
web	@elonmusk	at elonmusk
web	http://example.org	example dot org
web	news@bbc.co.uk	news at B.B.C dot co dot U.K
web	gov.uk	gov dot U.K
web	www.nhs.uk	N.H.S dot U.K
web	theguardian.com	theguardian dot com
web	bbc.com/news	B.B.C dot com
web	@BBCBreaking	at BBCBreaking
web	www.whitehouse.gov	whitehouse dot gov
web	user@gmail.com	user at gmail dot com
web	@POTUS	at POTUS
symbol	R&D	R and D
symbol	AT&T	A.T and T
symbol	#MeToo	hashtag MeToo
symbol	#1	number one
symbol	and/or	and or
symbol	C++	C plus plus
symbol	he said — she	he said, she
symbol	“quote”	quote
symbol	5+	five plus
symbol	‘Hello,’ he said	"Hello," he said
symbol	We won’t go	We won't go
symbol	A&E	A and E|A.and.E
symbol	M&S	M and S
symbol	S&P 500	S and P five hundred
symbol	a 5-year-old	a five-year-old
symbol	100+	one hundred plus
symbol	#BlackLivesMatter	hashtag BlackLivesMatter
symbol	a/b testing	a or b testing|a b testing
symbol	#Brexit	hashtag Brexit
symbol	“I won’t,” she said.	"I won't," she said.
symbol	#1 hit	number one hit
symbol	Rock & Roll	Rock and Roll
symbol	+44	plus forty-four
"""#
}
