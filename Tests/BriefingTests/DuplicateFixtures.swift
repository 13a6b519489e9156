import Articles

/// Invented news articles for duplicate detection: retellings of one event, and hard look-alikes.
/// Every person, place, publication and event here is fiction.
enum DuplicateFixtures {
    static func article(_ title: String, _ source: String, _ paragraphs: [String], url: String? = nil) -> Article {
        Article(title: title, source: source, url: url, paragraphs: paragraphs)
    }

    // MARK: Bridge closure

    static let bridgeLong = article(
        "Wexley Harbour Bridge shut indefinitely after engineers find cracks in main girders", "Coastline Gazette",
        [
            "Wexley Harbour Bridge was closed to all traffic on Tuesday morning after a routine inspection found cracks up to 40 centimetres long in two of its steel main girders, the city council said.",
            "About 14,000 vehicles cross the 1962 bridge every day. Drivers face a detour of roughly nine miles through Castleford Road while engineers from Halvern Structural assess whether the span can be repaired.",
            "Council leader Priya Anand said safety had to come first. \"We will not reopen the bridge until we are certain it is safe, and I cannot yet say when that will be,\" she told reporters.",
            "Businesses on the south bank warned that the closure could cost them trade in the run-up to Christmas. The council has asked the bus operator Tidelink to add services on the 22 and 31 routes.",
            "A full report on the girders is expected by the end of January.",
        ], url: "https://coastlinegazette.example.com/news/wexley-bridge-closed")

    static let bridgeShort = article(
        "Cracks close Wexley's harbour crossing", "Northshore Radio",
        [
            "Engineers have shut the Wexley Harbour Bridge after discovering cracks in its main steel girders during an inspection, leaving 14,000 daily drivers facing a long detour.",
            "Council leader Priya Anand said the 1962 crossing would stay closed until it was proven safe. Halvern Structural has been hired to examine the damage.",
        ])

    /// The same outlet's later update on the bridge.
    static let bridgeUpdate = article(
        "Wexley bridge: detour signs go up as Tidelink adds buses", "Coastline Gazette",
        [
            "Detour signs went up along Castleford Road on Wednesday as Tidelink added extra buses on the 22 and 31 routes, a day after cracks were found in the main girders of Wexley Harbour Bridge.",
            "Council leader Priya Anand said Halvern Structural engineers were still on the span and that the 1962 bridge would remain closed to all 14,000 of its daily vehicles.",
        ])

    static let footbridge = article(
        "Calder Street footbridge reopens after £3m repair", "Harlow Courier",
        [
            "The Calder Street footbridge in Harlow reopened to pedestrians and cyclists on Monday after an eight-month repair costing £3m, the city council said.",
            "Engineers replaced corroded steel beams and resurfaced the deck of the bridge, which links the railway station to the Riverside shopping centre.",
            "Council leader Tom Sefton said the bridge was safe for another fifty years and thanked residents for their patience during the closure.",
        ])

    // MARK: Storms

    static let stormAlderLong = article(
        "Storm Alder batters south-west coast with 98mph gusts", "The Morning Courier",
        [
            "Storm Alder brought gusts of up to 98mph to the coast of Penhallow on Sunday night, cutting power to about 42,000 homes and forcing the closure of the A3071 between Tregarra and St Wenna.",
            "The Met Office had issued an amber wind warning for the whole of the peninsula, and coastguards urged people to stay away from sea fronts as waves topped harbour walls in Porthcarrow.",
            "Western Grid said engineers were working through the night and expected most customers to be reconnected by Monday evening. Around 60 schools will stay closed on Monday.",
            "Forecasters said the storm would weaken as it moved north-east, but heavy rain could bring flooding to low-lying parts of the Tamar valley.",
        ])

    static let stormAlderShort = article(
        "Tens of thousands without power as Alder sweeps in", "Radio Penhallow",
        [
            "About 42,000 homes in Penhallow lost electricity overnight after Storm Alder swept ashore with winds gusting to 98mph.",
            "Western Grid expects to reconnect most properties on Monday. The A3071 at Tregarra remains shut and some 60 schools have told pupils to stay at home.",
            "An amber Met Office warning remains in place until noon.",
        ])

    static let stormDara = article(
        "Storm Dara brings 85mph winds and flooding to the northern isles", "Island Times",
        [
            "Storm Dara swept across the northern isles on Wednesday with gusts of 85mph, cutting power to 9,000 homes and grounding ferries between Kirkvaig and the mainland.",
            "The Met Office issued an amber warning for wind and rain, and coastguards told people to keep away from exposed shores as waves broke over harbour walls.",
            "Northern Grid said crews would work through the night to restore supplies, and most schools on the islands will stay closed on Thursday.",
        ])

    // MARK: Resignations

    static let healthLong = article(
        "Health secretary Miriam Oduya resigns as waiting list hits 7.6 million", "The Capital Record",
        [
            "Miriam Oduya resigned as health secretary on Thursday, hours after figures showed the hospital waiting list in England had risen to a record 7.6 million.",
            "In her resignation letter, Ms Oduya, 48, said she had \"failed to deliver the recovery patients were promised\" and that a fresh face was needed to lead talks with junior doctors.",
            "Downing Street named Jonah Pell, the current schools minister, as her replacement. Mr Pell is expected to meet the chief executive of the health service, Dame Lorna Fitch, on Friday.",
            "The opposition's health spokesman, Ravi Chandra, said the resignation showed the government had \"run out of ideas\".",
        ])

    static let healthShort = article(
        "Oduya quits health job; Pell takes over", "Westgate Times",
        [
            "Jonah Pell has been appointed health secretary after Miriam Oduya stepped down, saying she could not deliver the promised fall in hospital waiting times.",
            "Her departure came on the day official data put the waiting list at 7.6 million, the highest on record. Mr Pell moves from the schools department.",
        ])

    static let transportResigns = article(
        "Transport minister Callum Reeve resigns over rail contract", "Westgate Times",
        [
            "Callum Reeve resigned as transport minister on Thursday after a leaked report showed he had approved a £400m rail signalling contract without a competitive tender.",
            "In a letter to the Prime Minister, Mr Reeve, 55, said he had acted in good faith but that the row had become a distraction. Downing Street named the junior minister Helen Osei as his replacement.",
            "The opposition's transport spokesman said the resignation left \"serious questions\" about the contract unanswered.",
        ])

    // MARK: Central banks

    static let lestriaRiseLong = article(
        "Bank of Lestria raises interest rates to 4.75% to tame stubborn inflation", "Finance Wire",
        [
            "The Bank of Lestria raised its main interest rate by a quarter of a percentage point to 4.75% on Thursday, its first increase in eighteen months, after inflation stayed stuck at 3.9%.",
            "Governor Ilse Marten said the decision by the monetary policy committee had been split seven votes to two, with two members preferring to hold rates at 4.5%.",
            "\"Price pressures in services are proving more persistent than we expected,\" Ms Marten told a press conference in Vell. Mortgage lenders are expected to pass on the increase within days.",
            "The Lestrian crown rose 0.8% against the dollar after the announcement.",
        ])

    static let lestriaRiseShort = article(
        "Lestrian rates go up a quarter point as Marten acts on prices", "Market Street Journal",
        [
            "Lestria's central bank lifted borrowing costs to 4.75% from 4.5%, with Governor Ilse Marten pointing to inflation that refuses to fall below 3.9%.",
            "Seven of the nine policymakers backed the move. The crown strengthened 0.8% on the news.",
        ])

    static let norlandCut = article(
        "Norland Reserve cuts rates to 3% as growth stalls", "Finance Wire",
        [
            "The Norland Reserve cut its benchmark interest rate by half a percentage point to 3% on Wednesday, saying the economy had barely grown in two quarters and inflation had fallen to 2.1%.",
            "Governor Pieter Vos said the monetary policy committee had voted unanimously. The Norland mark fell 0.6% against the dollar.",
        ])

    /// Six weeks after the rise: the same bank, governor and rate, a different decision.
    static let lestriaHold = article(
        "Bank of Lestria keeps rates on hold as inflation eases", "Market Street Journal",
        [
            "The Bank of Lestria left its main interest rate unchanged on Thursday, six weeks after raising it, as inflation eased to 3.4%.",
            "Governor Ilse Marten said the committee had voted eight to one to hold, and that it was too early to say whether the next move in borrowing costs would be up or down.",
        ])

    // MARK: Job cuts

    static let carPlantLong = article(
        "Corvane Motors to cut 2,300 jobs at Dunmore plant", "Midlands Business Post",
        [
            "Corvane Motors will cut 2,300 jobs at its Dunmore car plant over the next two years as it moves production of its electric van to a new factory in Slovakia, the company said on Monday.",
            "The plant, which opened in 1987, employs 5,100 people. Corvane said it would try to avoid compulsory redundancies by offering early retirement and voluntary packages.",
            "The Motor Workers' Union called the decision \"a hammer blow\" for Dunmore and demanded an urgent meeting with the business secretary, Alan Breck.",
        ])

    static let carPlantShort = article(
        "Hammer blow for Dunmore as van maker moves work abroad", "The Evening Lamp",
        [
            "More than two thousand workers at Corvane's Dunmore factory are to lose their jobs after the carmaker confirmed plans to shift electric van production to Slovakia.",
            "The firm put the number of job losses at 2,300 out of a workforce of 5,100. The Motor Workers' Union said it would fight the cuts.",
        ])

    static let steelworks = article(
        "Haldor Steel to close Carrow works with loss of 900 jobs", "Midlands Business Post",
        [
            "Haldor Steel will close its Carrow works next spring with the loss of 900 jobs, blaming high energy prices and cheap imports, the company said on Monday.",
            "The Steelworkers' Federation called the closure a hammer blow for the town and demanded an urgent meeting with the business secretary, Alan Breck.",
        ])

    // MARK: Football

    static let managerLong = article(
        "Ashby Rovers sack manager Kit Hollis after 5-0 defeat by Marlow", "Sports Desk",
        [
            "Ashby Rovers have sacked manager Kit Hollis, a day after a 5-0 home defeat by Marlow United left the club second from bottom of the Championship.",
            "Hollis, 52, was appointed in June on a three-year contract and won only four of his 19 league games in charge.",
            "First-team coach Dean Ferris will take charge of Saturday's trip to Kelton Town. Chairman Roger Lyle thanked Hollis for his \"hard work and dignity\".",
        ])

    static let managerShort = article(
        "Hollis out at Rovers", "Ashby Evening News",
        [
            "Kit Hollis has left Ashby Rovers after just 19 league matches, with the club sitting 23rd in the Championship following Tuesday's 5-0 thrashing by Marlow United.",
            "Coach Dean Ferris is in interim charge.",
        ])

    static let strikerContract = article(
        "Marlow United striker Leon Acre signs new four-year contract", "Sports Desk",
        [
            "Leon Acre, who scored a hat-trick in Marlow United's 5-0 win at Ashby Rovers on Tuesday, has signed a new four-year contract with the club.",
            "The 24-year-old joined Marlow from Kelton Town for £4m in 2024 and has scored 11 goals this season. Manager Sam Duffy called him \"the best finisher in the league\".",
        ])

    // MARK: Science

    static let planetLong = article(
        "Water vapour detected in atmosphere of nearby 'super-Earth'", "Science Today",
        [
            "Astronomers at the Kessel Observatory have detected water vapour in the atmosphere of TOI-2291b, a rocky planet about 1.7 times the size of Earth orbiting a red dwarf 120 light years away.",
            "The team, led by Dr Amara Quist, used 41 hours of observations from the orbiting Halcyon telescope to measure starlight filtered through the planet's atmosphere as it passed in front of its star.",
            "The findings, published in the journal Astrophysical Letters, make TOI-2291b one of the most promising targets in the search for habitable worlds, although its surface is thought to be too hot for liquid water.",
        ])

    static let planetShort = article(
        "Kessel team finds signs of water on TOI-2291b", "Global News Service",
        [
            "A planet 120 light years from Earth has water vapour in its air, according to researchers at Kessel Observatory who studied it with the Halcyon space telescope.",
            "Dr Amara Quist said the planet, TOI-2291b, was probably too hot to have oceans.",
        ])

    static let ancientSeeds = article(
        "Botanists grow date palms from 1,900-year-old seeds", "Science Today",
        [
            "Botanists at the Orran Botanical Institute have grown healthy date palms from seeds found in a cave near the Dead Sea, which radiocarbon dating shows are about 1,900 years old.",
            "The team, led by Dr Leah Marom, published its findings in the journal Plant Heritage. Six of the 32 seeds planted have sprouted, and the oldest seedling is now 1.2 metres tall.",
        ])

    // MARK: Courts

    static let mayorLong = article(
        "Former Brennock mayor Gwen Talbot jailed for four years over £1.2m fraud", "The Capital Record",
        [
            "Gwen Talbot, the former mayor of Brennock, was jailed for four years at Southwark Crown Court on Friday for defrauding the town council of £1.2m over six years.",
            "The court heard that Talbot, 61, approved payments to a consultancy run by her brother-in-law, Victor Hume, for work that was never carried out. Hume was sentenced to 30 months.",
            "Judge Helen Marr said Talbot had \"betrayed the trust of the people who elected her\".",
        ])

    static let mayorShort = article(
        "Ex-mayor who stole from Brennock council sent to prison", "Westgate Times",
        [
            "A former mayor of Brennock who siphoned £1.2m from the town council to her brother-in-law's firm has been given a four-year prison sentence.",
            "Gwen Talbot, 61, and Victor Hume were convicted last month. Judge Helen Marr told Southwark Crown Court that Talbot had betrayed voters.",
        ])

    static let directorCleared = article(
        "Former finance director cleared of £3.1m fraud", "The Capital Record",
        [
            "A former finance director of Pellworth Homes was cleared on Friday of defrauding the company of £3.1m, after a six-week trial at Southwark Crown Court.",
            "The jury took four hours to find Simon Achterberg, 58, not guilty on all charges. Judge Helen Marr thanked the jurors for their care.",
        ])

    // MARK: Strikes

    static let railStrikeLong = article(
        "Train drivers to strike for 48 hours over pay", "Transport Weekly",
        [
            "Members of the Federation of Train Drivers will walk out for 48 hours from 12 March after talks with Northline Rail over a 4% pay offer broke down, the union said on Tuesday.",
            "Northline runs 1,850 services a day across the north of the country and said it expected to cancel almost all of them. General secretary Carla Whitby said drivers had been \"left with no choice\".",
            "Northline said its offer was fair and that it remained open to talks.",
        ])

    static let railStrikeShort = article(
        "Northline services face two-day shutdown", "Northshore Radio",
        [
            "Nearly all of Northline Rail's 1,850 daily trains are expected to be cancelled on 12 and 13 March when drivers stage a 48-hour walkout.",
            "The Federation of Train Drivers rejected a 4% pay rise. Its leader, Carla Whitby, said members had no choice.",
        ])

    static let busStrike = article(
        "Carrow bus drivers vote for strike over pay offer", "Harlow Courier",
        [
            "Bus drivers at Carrow City Transport will strike for 48 hours later this month after rejecting a 5% pay offer, their union said on Tuesday.",
            "The company runs 420 buses a day and said it would try to keep a skeleton service on the busiest routes. It said its offer was fair and that it remained open to talks.",
        ])

    // MARK: Government spending, shared generic words

    static let schoolsPlan = article(
        "Government unveils £2bn plan to rebuild crumbling schools", "The Capital Record",
        [
            "The government has announced a £2bn plan to rebuild or repair 300 schools in England over the next five years, the education secretary, Ruth Adeyemi, said on Tuesday.",
            "Buildings with crumbling concrete and leaking roofs will come first. Head teachers welcomed the money but said it fell far short of an £11bn repair backlog.",
        ])

    static let floodPlan = article(
        "£2bn flood defence plan to protect 200,000 homes", "Westgate Times",
        [
            "The government has set out a £2bn plan to build and repair flood defences over the next five years, the environment secretary, Owen Marsh, said on Tuesday.",
            "The Environment Agency said the schemes would protect about 200,000 homes. Insurers welcomed the money but said more was needed on rivers in the north.",
        ])

    // MARK: Sets

    /// Two retellings of one event: different sources, headlines, wording and lengths; the same names and figures.
    static let sameStoryPairs: [(String, Article, Article)] = [
        ("bridge closure", bridgeLong, bridgeShort),
        ("storm Alder", stormAlderLong, stormAlderShort),
        ("health secretary resigns", healthLong, healthShort),
        ("Lestria rate rise", lestriaRiseLong, lestriaRiseShort),
        ("car plant job cuts", carPlantLong, carPlantShort),
        ("manager sacked", managerLong, managerShort),
        ("water on TOI-2291b", planetLong, planetShort),
        ("mayor jailed", mayorLong, mayorShort),
        ("rail strike", railStrikeLong, railStrikeShort),
        ("bridge, same outlet's update", bridgeLong, bridgeUpdate),
        ("bridge, update against short", bridgeShort, bridgeUpdate),
    ]

    /// Two different events that share a topic, a source, names or stock phrases.
    static let differentStoryPairs: [(String, Article, Article)] = [
        ("two storms", stormAlderLong, stormDara),
        ("two storms, short", stormAlderShort, stormDara),
        ("two resignations", healthLong, transportResigns),
        ("two resignations, same source", healthShort, transportResigns),
        ("two central banks", lestriaRiseLong, norlandCut),
        ("same bank, later decision", lestriaRiseLong, lestriaHold),
        ("same bank, later decision, short", lestriaRiseShort, lestriaHold),
        ("two job cuts, same source and minister", carPlantLong, steelworks),
        ("two job cuts, short", carPlantShort, steelworks),
        ("same match, different event", managerLong, strikerContract),
        ("two discoveries, same source", planetLong, ancientSeeds),
        ("two fraud trials, same court and judge", mayorLong, directorCleared),
        ("two bridges", bridgeLong, footbridge),
        ("two strikes", railStrikeLong, busStrike),
        ("two £2bn plans", schoolsPlan, floodPlan),
        ("same source, unrelated", healthLong, mayorLong),
        ("same source, unrelated 2", bridgeShort, railStrikeShort),
    ]

    /// Every article once, in a fixed order.
    static let all: [Article] = [
        bridgeLong, stormAlderLong, healthLong, lestriaRiseLong, carPlantLong, managerLong, planetLong, mayorLong,
        railStrikeLong, footbridge, stormDara, transportResigns, norlandCut, steelworks, strikerContract,
        ancientSeeds, directorCleared, busStrike, schoolsPlan, floodPlan, bridgeShort, stormAlderShort,
        healthShort, lestriaRiseShort, carPlantShort, managerShort, planetShort, mayorShort, railStrikeShort,
        bridgeUpdate, lestriaHold,
    ]
}
