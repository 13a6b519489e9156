/// Word lists the normalizer reads from: months, weekdays, titles, units, currencies, time
/// zones and initialisms. Keys are written as they appear in news text.
enum Vocabulary {
    // MARK: Calendar

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// Full names and abbreviations (as written, capitalized) to month number 1...12.
    static let months: [String: Int] = {
        var m: [String: Int] = [:]
        for (i, name) in monthNames.enumerated() { m[name] = i + 1 }
        let abbreviations: [(String, Int)] = [
            ("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("Jun", 6), ("Jul", 7), ("Aug", 8),
            ("Sep", 9), ("Sept", 9), ("Oct", 10), ("Nov", 11), ("Dec", 12),
        ]
        for (a, n) in abbreviations { m[a] = n }
        return m
    }()

    /// Month words that are also ordinary words or names: a month only next to a date number.
    static let ambiguousMonths: Set<String> = ["Jan", "Mar", "May", "March", "Jun", "Dec", "Sep"]

    /// Words before an ambiguous month abbreviation ("in Jan") that make it a month.
    static let monthPrepositions: Set<String> = [
        "in", "since", "from", "until", "till", "last", "next", "early", "late", "mid", "during",
        "before", "after", "through", "this", "of", "by", "end", "start",
    ]

    static let weekdayAbbreviations: [String: String] = [
        "Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday", "Weds": "Wednesday",
        "Thu": "Thursday", "Thur": "Thursday", "Thurs": "Thursday", "Fri": "Friday", "Sat": "Saturday",
        "Sun": "Sunday",
    ]
    static let weekdayNames: Set<String> = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]

    static let timeZones: [String: String] = [
        "ET": "Eastern Time", "EST": "Eastern Standard Time", "EDT": "Eastern Daylight Time",
        "CT": "Central Time", "CST": "Central Standard Time", "CDT": "Central Daylight Time",
        "MT": "Mountain Time", "MST": "Mountain Standard Time", "MDT": "Mountain Daylight Time",
        "PT": "Pacific Time", "PST": "Pacific Standard Time", "PDT": "Pacific Daylight Time",
        "GMT": "G.M.T", "BST": "B.S.T", "UTC": "U.T.C", "CET": "C.E.T", "CEST": "C.E.S.T",
        "AEST": "A.E.S.T", "AEDT": "A.E.D.T", "JST": "J.S.T", "IST": "I.S.T", "HKT": "H.K.T",
        "SGT": "S.G.T", "EET": "E.E.T", "WET": "W.E.T", "MSK": "Moscow time",
    ]

    // MARK: Titles and abbreviations

    /// Titles written before a name. Expanded when a capitalized word follows.
    static let titles: [String: String] = [
        "Mr": "Mister", "Mrs": "Missus", "Ms": "Miz", "Mx": "Mix", "Messrs": "Messieurs",
        "Dr": "Doctor", "Prof": "Professor", "Gen": "General", "Lt": "Lieutenant", "Col": "Colonel",
        "Maj": "Major", "Capt": "Captain", "Cpt": "Captain", "Sgt": "Sergeant", "Cpl": "Corporal",
        "Pte": "Private", "Pvt": "Private", "Adm": "Admiral", "Cmdr": "Commander", "Cdr": "Commander",
        "Brig": "Brigadier", "Gov": "Governor", "Sen": "Senator", "Rep": "Representative",
        "Reps": "Representatives", "Sens": "Senators", "Rev": "Reverend", "Revd": "Reverend",
        "Fr": "Father", "Pres": "President", "Supt": "Superintendent", "Insp": "Inspector",
        "Det": "Detective", "Hon": "Honourable", "Cllr": "Councillor", "Mt": "Mount", "Ft": "Fort",
        "Sgt.Maj": "Sergeant Major", "Amb": "Ambassador", "Atty": "Attorney", "Gens": "Generals",
    ]

    /// Titles that are read the same with or without a following name (never sentence words).
    static let alwaysTitles: Set<String> = ["Mr", "Mrs", "Ms", "Messrs", "Mx"]

    /// Words after "Gen" that make it "generation", not "General".
    static let generationWords: Set<String> = ["Z", "X", "Y", "Alpha", "Zers", "Zer", "Beta"]

    /// Abbreviations written with a full stop, read as words wherever they appear.
    /// The flag says whether the abbreviation can end a sentence.
    static let periodAbbreviations: [String: (words: String, canEnd: Bool)] = [
        "etc": ("et cetera", true), "approx": ("approximately", false), "vs": ("versus", false),
        "Inc": ("Inc", true), "Ltd": ("Limited", true), "Corp": ("Corporation", true),
        "Bros": ("Brothers", true), "Dept": ("Department", true), "Govt": ("Government", true),
        "Univ": ("University", true), "Assn": ("Association", true), "Assoc": ("Association", true),
        "Intl": ("International", true), "incl": ("including", false), "excl": ("excluding", false),
        "misc": ("miscellaneous", true), "avg": ("average", false), "max": ("maximum", true),
        "Blvd": ("Boulevard", true), "Hwy": ("Highway", true), "Jr": ("Junior", true),
        "Sr": ("Senior", true), "cf": ("compare", false), "viz": ("namely", false),
        "Nos": ("Numbers", false), "nos": ("numbers", false), "tel": ("telephone", false),
        "Tel": ("Telephone", false), "ext": ("extension", false), "govt": ("government", true),
        "dept": ("department", true), "yrs": ("years", true), "hrs": ("hours", true),
    ]

    /// Abbreviations without a full stop that are read as words anywhere.
    static let bareAbbreviations: [String: String] = [
        "vs": "versus", "Ltd": "Limited", "Govt": "Government", "govt": "government",
        "aka": "also known as", "AKA": "also known as", "Bros": "Brothers", "Intl": "International",
        "Utd": "United", "Natl": "National", "Cttee": "Committee", "Dept": "Department", "Assoc": "Association",
    ]

    /// Abbreviations with a full stop read as words before a number ("p. 5", "c. 1850").
    static let numberAbbreviations: [String: String] = [
        "c": "circa", "ca": "circa", "p": "page", "pp": "pages", "vol": "volume", "Vol": "Volume",
        "ch": "chapter", "Ch": "Chapter", "fig": "figure", "Fig": "Figure", "para": "paragraph",
        "art": "article", "Art": "Article", "est": "established", "Est": "Established", "b": "born",
        "d": "died", "approx": "approximately",
    ]

    /// Street words written after a street name.
    static let streetSuffixes: [String: String] = [
        "St": "Street", "Rd": "Road", "Ave": "Avenue", "Av": "Avenue", "Blvd": "Boulevard",
        "Ln": "Lane", "Dr": "Drive", "Sq": "Square", "Hwy": "Highway", "Pl": "Place", "Ct": "Court",
        "Cres": "Crescent", "Pkwy": "Parkway", "Terr": "Terrace",
    ]

    /// AP-style state abbreviations, expanded after "City,".
    static let stateAbbreviations: [String: String] = [
        "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
        "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
        "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky",
        "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan",
        "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana",
        "Neb": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon",
        "Pa": "Pennsylvania", "Tenn": "Tennessee", "Vt": "Vermont", "Va": "Virginia",
        "Wash": "Washington", "Wis": "Wisconsin", "Wyo": "Wyoming",
    ]

    /// Lower-case dotted abbreviations ("e.g.") by their letters, with whether they can end a sentence.
    static let dottedAbbreviations: [String: (words: String, canEnd: Bool)] = [
        "eg": ("for example", false), "ie": ("that is", false), "aka": ("also known as", false),
        "etal": ("and others", true), "cf": ("compare", false), "nb": ("note", false),
        "ps": ("P.S", true), "rsvp": ("R.S.V.P", true),
    ]

    // MARK: Numbers in context

    /// Words after a number that count things, so a four-digit number before them is not a year.
    static let countNouns: Set<String> = [
        "people", "persons", "men", "women", "children", "kids", "troops", "soldiers", "workers", "jobs",
        "homes", "houses", "cases", "deaths", "patients", "students", "votes", "voters", "miles",
        "kilometres", "kilometers", "feet", "metres", "meters", "tonnes", "tons", "pounds", "dollars",
        "euros", "units", "copies", "cars", "vehicles", "flights", "passengers", "employees", "staff",
        "residents", "refugees", "migrants", "civilians", "officers", "police", "members", "words",
        "pages", "years", "days", "hours", "minutes", "seconds", "times", "calories", "points", "acres",
        "hectares", "species", "hospitals", "schools", "firms", "companies", "businesses", "families",
        "households", "animals", "birds", "trees", "items", "shares", "barrels", "doses", "beds",
        "prisoners", "hostages", "fighters", "rockets", "missiles", "drones", "attacks", "arrests",
        "signatures", "followers", "visitors", "fans", "runners", "athletes", "teachers", "nurses",
        "doctors", "boats", "ships", "homes", "flats", "properties", "applications", "complaints",
        "incidents", "infections", "victims", "survivors", "participants", "respondents", "adults",
        "babies", "girls", "boys", "jobs", "posts", "roles", "places", "seats", "tickets", "meals",
    ]

    /// Words before a number that make it a quantity rather than a year.
    static let quantityWords: Set<String> = [
        "about", "some", "nearly", "almost", "over", "than", "approximately", "roughly", "least",
        "exactly", "only", "another", "total", "totalling", "totaling", "just", "under", "below", "above",
        "around", "estimated", "additional", "extra", "up", "nearly", "those", "these", "all",
    ]

    /// Words before a time written with a full stop ("at 10.30") that make it a time.
    static let timePrepositions: Set<String> = [
        "at", "from", "until", "till", "til", "by", "before", "after", "around", "between", "to",
        "since", "approximately", "about",
    ]

    /// Words after "m" that make it metres, not million ("a 5m fall", "the 100m sprint").
    static let lengthContext: Set<String> = [
        "tall", "high", "long", "deep", "wide", "away", "above", "below", "sprint", "race", "hurdles",
        "freestyle", "butterfly", "breaststroke", "backstroke", "relay", "final", "fall", "drop",
        "waves", "wave", "radius", "depth", "height", "length", "from", "off", "beneath", "underground",
        "underwater", "deeper", "higher", "longer", "wall", "walls", "tower", "mast", "cliff",
        "individual", "medley", "dash", "record", "title", "gold", "heat", "semi-final", "semifinal",
    ]

    /// A unit written after a number: singular and plural readings.
    struct Unit: Sendable {
        let singular: String
        let plural: String
        /// Whether the unit is recognised after a space ("100 km"), not only attached ("100km").
        let spaced: Bool
    }

    static func unit(_ s: String, _ p: String, spaced: Bool = true) -> Unit {
        Unit(singular: s, plural: p, spaced: spaced)
    }

    /// Units by their written form (case-sensitive). Multi-token forms ("km/h") are joined.
    static let units: [String: Unit] = [
        "km": unit("kilometre", "kilometres"), "m": unit("metre", "metres", spaced: false),
        "cm": unit("centimetre", "centimetres"), "mm": unit("millimetre", "millimetres"),
        "nm": unit("nautical mile", "nautical miles"), "mi": unit("mile", "miles"),
        "ft": unit("foot", "feet"), "in": unit("inch", "inches", spaced: false),
        "yd": unit("yard", "yards"), "yds": unit("yard", "yards"),
        "kg": unit("kilogram", "kilograms"), "kgs": unit("kilogram", "kilograms"),
        "g": unit("gram", "grams", spaced: false), "mg": unit("milligram", "milligrams"),
        "lb": unit("pound", "pounds"), "lbs": unit("pound", "pounds"), "oz": unit("ounce", "ounces"),
        "st": unit("stone", "stone", spaced: false),
        "l": unit("litre", "litres", spaced: false), "L": unit("litre", "litres", spaced: false),
        "ml": unit("millilitre", "millilitres"), "mph": unit("mile per hour", "miles per hour"),
        "kph": unit("kilometre per hour", "kilometres per hour"),
        "km/h": unit("kilometre per hour", "kilometres per hour"),
        "kmh": unit("kilometre per hour", "kilometres per hour"),
        "m/s": unit("metre per second", "metres per second"),
        "kW": unit("kilowatt", "kilowatts"), "MW": unit("megawatt", "megawatts"),
        "GW": unit("gigawatt", "gigawatts"), "kWh": unit("kilowatt hour", "kilowatt hours"),
        "MWh": unit("megawatt hour", "megawatt hours"), "GWh": unit("gigawatt hour", "gigawatt hours"),
        "TWh": unit("terawatt hour", "terawatt hours"), "W": unit("watt", "watts", spaced: false),
        "V": unit("volt", "volts", spaced: false), "kV": unit("kilovolt", "kilovolts"),
        "Hz": unit("hertz", "hertz"), "kHz": unit("kilohertz", "kilohertz"),
        "MHz": unit("megahertz", "megahertz"), "GHz": unit("gigahertz", "gigahertz"),
        "GB": unit("gigabyte", "gigabytes"), "MB": unit("megabyte", "megabytes"),
        "TB": unit("terabyte", "terabytes"), "KB": unit("kilobyte", "kilobytes"),
        "Gbps": unit("gigabit per second", "gigabits per second"),
        "Mbps": unit("megabit per second", "megabits per second"),
        "mAh": unit("milliamp hour", "milliamp hours"), "dB": unit("decibel", "decibels"),
        "bpd": unit("barrel per day", "barrels per day"), "bbl": unit("barrel", "barrels"),
        "ha": unit("hectare", "hectares"), "km2": unit("square kilometre", "square kilometres"),
        "km²": unit("square kilometre", "square kilometres"), "m2": unit("square metre", "square metres", spaced: false),
        "m²": unit("square metre", "square metres"), "sqm": unit("square metre", "square metres"),
        "sqft": unit("square foot", "square feet"), "h": unit("hour", "hours", spaced: false),
        "hr": unit("hour", "hours"), "hrs": unit("hour", "hours"), "min": unit("minute", "minutes", spaced: false),
        "mins": unit("minute", "minutes"), "sec": unit("second", "seconds", spaced: false),
        "secs": unit("second", "seconds"), "ms": unit("millisecond", "milliseconds", spaced: false),
        "yr": unit("year", "years"), "yrs": unit("year", "years"),
        "ppm": unit("part per million", "parts per million"),
        "ppb": unit("part per billion", "parts per billion"),
        "bp": unit("basis point", "basis points"), "bps": unit("basis point", "basis points"),
        "cc": unit("cubic centimetre", "cubic centimetres"), "psi": unit("pound per square inch", "pounds per square inch"),
        "rpm": unit("revolution per minute", "revolutions per minute"),
        "bpm": unit("beat per minute", "beats per minute"), "mpg": unit("mile per gallon", "miles per gallon"),
        "kcal": unit("kilocalorie", "kilocalories"), "mmHg": unit("millimetre of mercury", "millimetres of mercury"),
        "°C": unit("degree Celsius", "degrees Celsius"), "ºC": unit("degree Celsius", "degrees Celsius"),
        "°F": unit("degree Fahrenheit", "degrees Fahrenheit"), "ºF": unit("degree Fahrenheit", "degrees Fahrenheit"),
        "C": unit("degree Celsius", "degrees Celsius", spaced: false),
        "F": unit("degree Fahrenheit", "degrees Fahrenheit", spaced: false),
        "°": unit("degree", "degrees"), "º": unit("degree", "degrees"),
        "pts": unit("point", "points"), "kt": unit("knot", "knots", spaced: false), "kts": unit("knot", "knots"),
        "GBP": unit("pound", "pounds"), "USD": unit("US dollar", "US dollars"), "EUR": unit("euro", "euros"),
    ]

    /// Square-measure words after "sq" ("sq km").
    static let squareUnits: [String: Unit] = [
        "km": unit("square kilometre", "square kilometres"), "m": unit("square metre", "square metres"),
        "ft": unit("square foot", "square feet"), "mi": unit("square mile", "square miles"),
        "miles": unit("square mile", "square miles"), "metres": unit("square metre", "square metres"),
        "feet": unit("square foot", "square feet"),
    ]

    /// Magnitude suffixes written after a number ("3.5bn", "£2m", "50k").
    static let magnitudes: [String: String] = [
        "k": "thousand", "K": "thousand", "m": "million", "M": "million", "mn": "million",
        "mln": "million", "bn": "billion", "b": "billion", "B": "billion", "bln": "billion",
        "tn": "trillion", "trn": "trillion", "tr": "trillion", "T": "trillion",
    ]

    /// Spoken magnitude words that may follow an amount ("$5 million").
    static let magnitudeWords: Set<String> = ["thousand", "million", "billion", "trillion", "hundred"]

    // MARK: Money

    /// A currency: its singular and plural names and the name of its hundredth part.
    struct Currency: Sendable {
        let singular: String
        let plural: String
        let minorSingular: String
        let minorPlural: String
        /// British style "six pounds fifty" instead of "six dollars and fifty cents".
        let minorWithoutUnit: Bool
    }

    static let dollar = Currency(singular: "dollar", plural: "dollars", minorSingular: "cent", minorPlural: "cents", minorWithoutUnit: false)
    static func dollars(_ country: String) -> Currency {
        Currency(singular: country + " dollar", plural: country + " dollars", minorSingular: "cent", minorPlural: "cents", minorWithoutUnit: false)
    }

    /// Currency symbols by the character written before the amount.
    static let currencySymbols: [String: Currency] = [
        "$": dollar,
        "£": Currency(singular: "pound", plural: "pounds", minorSingular: "penny", minorPlural: "pence", minorWithoutUnit: true),
        "€": Currency(singular: "euro", plural: "euros", minorSingular: "cent", minorPlural: "cents", minorWithoutUnit: true),
        "¥": Currency(singular: "yen", plural: "yen", minorSingular: "sen", minorPlural: "sen", minorWithoutUnit: true),
        "₹": Currency(singular: "rupee", plural: "rupees", minorSingular: "paisa", minorPlural: "paise", minorWithoutUnit: true),
        "₩": Currency(singular: "won", plural: "won", minorSingular: "jeon", minorPlural: "jeon", minorWithoutUnit: true),
        "₽": Currency(singular: "rouble", plural: "roubles", minorSingular: "kopek", minorPlural: "kopeks", minorWithoutUnit: true),
        "₺": Currency(singular: "lira", plural: "lira", minorSingular: "kurus", minorPlural: "kurus", minorWithoutUnit: true),
        "₪": Currency(singular: "shekel", plural: "shekels", minorSingular: "agora", minorPlural: "agorot", minorWithoutUnit: true),
        "₦": Currency(singular: "naira", plural: "naira", minorSingular: "kobo", minorPlural: "kobo", minorWithoutUnit: true),
        "₴": Currency(singular: "hryvnia", plural: "hryvnias", minorSingular: "kopiyka", minorPlural: "kopiykas", minorWithoutUnit: true),
        "₱": Currency(singular: "peso", plural: "pesos", minorSingular: "centavo", minorPlural: "centavos", minorWithoutUnit: true),
        "฿": Currency(singular: "baht", plural: "baht", minorSingular: "satang", minorPlural: "satang", minorWithoutUnit: true),
        "₫": Currency(singular: "dong", plural: "dong", minorSingular: "xu", minorPlural: "xu", minorWithoutUnit: true),
        "¢": Currency(singular: "cent", plural: "cents", minorSingular: "cent", minorPlural: "cents", minorWithoutUnit: true),
    ]

    /// Letters written before "$" ("US$", "A$") naming whose dollar it is.
    static let dollarPrefixes: [String: String] = [
        "US": "US", "A": "Australian", "AU": "Australian", "C": "Canadian", "CA": "Canadian",
        "NZ": "New Zealand", "HK": "Hong Kong", "S": "Singapore", "SG": "Singapore", "NT": "Taiwan",
        "R": "real",
    ]

    /// Currency codes written before an amount ("USD 5m", "EUR 40").
    static let currencyCodes: [String: Currency] = [
        "USD": dollars("US"), "EUR": currencySymbols["€"]!, "GBP": currencySymbols["£"]!,
        "JPY": currencySymbols["¥"]!, "INR": currencySymbols["₹"]!, "AUD": dollars("Australian"),
        "CAD": dollars("Canadian"), "CHF": Currency(singular: "Swiss franc", plural: "Swiss francs", minorSingular: "centime", minorPlural: "centimes", minorWithoutUnit: true),
        "CNY": Currency(singular: "yuan", plural: "yuan", minorSingular: "fen", minorPlural: "fen", minorWithoutUnit: true),
        "RMB": Currency(singular: "yuan", plural: "yuan", minorSingular: "fen", minorPlural: "fen", minorWithoutUnit: true),
        "Rs": currencySymbols["₹"]!, "HKD": dollars("Hong Kong"), "NZD": dollars("New Zealand"),
        "SGD": dollars("Singapore"),
    ]

    // MARK: Initialisms

    /// All-capital words read as words, not letter by letter.
    static let acronymWords: Set<String> = [
        "NATO", "NASA", "UNESCO", "UNICEF", "OPEC", "FIFA", "UEFA", "ASEAN", "NAFTA", "COVID", "AIDS",
        "SARS", "MERS", "OFCOM", "OFSTED", "OFGEM", "OFWAT", "SWAT", "NIMBY", "RADAR", "LASER", "SCUBA",
        "ISIS", "ICE", "FEMA", "DARPA", "NASDAQ", "CERN", "INTERPOL", "EUROPOL", "FRONTEX", "MERCOSUR",
        "SEAL", "SEALS", "POTUS", "SCOTUS", "FLOTUS", "TASS", "NORAD", "CENTCOM", "SPAC", "JPEG", "GIF",
        "LIDAR", "SONAR", "BAFTA", "RADA", "ACAS", "UCAS", "MAGA", "WASP", "HAMAS", "IKEA", "LEGO",
        "ZANU", "ETA", "FARC", "AWOL", "PIN", "BRICS", "NEET", "COP", "ANZAC", "AUKUS", "QUAD", "OSHA",
        "EFTA", "CARICOM", "SADC", "ECOWAS", "UNITA", "FRELIMO", "SWAPO", "MINUSMA", "MONUSCO", "UNIFIL",
        "HUD", "ERCOT", "CONCACAF", "NAACP", "SAG", "AFTRA", "WADA", "UNAIDS", "UNCTAD", "OSCE",
        "ISA", "PAC", "CAT", "FOMO", "YOLO", "TED", "NEOM", "DAB", "GOAT", "EPIC",
        "ESA", "JAXA", "FIDE", "DEFRA", "SOAS", "UNISON", "UNITE", "MENA", "ASDA", "ASOS", "ZARA",
        "SONY", "AVIVA", "EXPO", "OLED", "RAM", "ROM", "SIM", "TASER", "UNIFEM", "UKIP", "SAGE", "CAFOD",
        "OXFAM", "NICE", "MENSA", "AMBER", "ERNIE", "DEFCON", "INTELSAT", "ACORN",
    ]

    /// All-capital words that are also English words but, in mixed-case text, are initialisms.
    static let spelledEvenIfWord: Set<String> = [
        "US", "IS", "IT", "WHO", "AM", "ID", "PA", "LA", "AI", "AD", "GP", "MP", "PM", "HR", "PR",
        "TV", "OS",
    ]

    /// Short English words that, written in capitals inside mixed-case text, are emphasis, not initialisms.
    static let commonCapsWords: Set<String> = [
        "A", "AN", "AS", "BY", "GO", "HE", "MY", "NO", "OF", "OH", "SO", "TO", "UP", "WE", "ALL",
        "IF", "BE", "DO", "ME", "AT", "ON", "OR", "IN",
        "AND", "ANY", "ARE", "BAD", "BIG", "BUT", "CAN", "DAY", "DID", "END", "FOR", "GET", "GOT",
        "HAD", "HAS", "HER", "HIM", "HIS", "HOW", "ITS", "LET", "MAY", "NEW", "NOT", "NOW", "OFF",
        "OLD", "ONE", "OUR", "OUT", "OWN", "PUT", "RUN", "SAY", "SEE", "SET", "SHE", "THE", "TOO",
        "TOP", "TWO", "WAR", "WAS", "WAY", "WHY", "WIN", "YES", "YET", "YOU", "ACT", "AGE", "AID",
        "AIR", "ARM", "ART", "ASK", "BAN", "BID", "BOX", "BOY", "BUY", "CAR", "CUT", "DIE", "DOG",
        "EAT", "EYE", "FAR", "FEW", "FIX", "FLY", "FUN", "GAS", "GUN", "HIT", "HOT", "JOB", "KEY",
        "KID", "LAW", "LAY", "LED", "LIE", "LOW", "MAN", "MEN", "MET", "MIX", "OIL", "PAY", "POP",
        "RAN", "RED", "SAW", "SEA", "SIT", "SIX", "SKY", "SON", "SUN", "TAX", "TEA", "TEN", "TIE",
        "TRY", "USE", "VIA", "WON", "ALSO", "BACK", "BEEN", "BEST", "BOTH", "CALL", "CAME", "COME",
        "CUTS", "DEAD", "DEAL", "DOES", "DONE", "DOWN", "EACH", "EVEN", "EVER", "FACE", "FACT",
        "FALL", "FEAR", "FIRE", "FIVE", "FOUR", "FREE", "FROM", "FULL", "GAME", "GAVE", "GETS",
        "GIVE", "GOES", "GONE", "GOOD", "HALF", "HAVE", "HEAD", "HELP", "HERE", "HIGH", "HOLD",
        "HOME", "HOPE", "HUGE", "INTO", "JUST", "KEEP", "KILL", "KNOW", "LAST", "LATE", "LEAD",
        "LEFT", "LESS", "LIFE", "LIKE", "LINE", "LIVE", "LONG", "LOOK", "LOSE", "LOSS", "LOST",
        "MADE", "MAKE", "MANY", "MORE", "MOST", "MOVE", "MUCH", "MUST", "NAME", "NEAR", "NEED",
        "NEWS", "NEXT", "NINE", "NONE", "ONLY", "OPEN", "OVER", "PART", "PAST", "PLAN", "PLAY",
        "POLL", "RACE", "REAL", "RISE", "RISK", "ROW", "SAID", "SAYS", "SEEN", "SELF", "SENT",
        "SHOT", "SHOW", "SHUT", "SIDE", "SIGN", "SOME", "SOON", "STAY", "STOP", "SUCH", "SURE",
        "TAKE", "TALK", "TELL", "THAN", "THAT", "THEM", "THEN", "THEY", "THIS", "TIME", "TOLD",
        "TOOK", "TRUE", "TURN", "VOTE", "WAIT", "WANT", "WARN", "WEEK", "WELL", "WENT", "WERE",
        "WHAT", "WHEN", "WILL", "WITH", "WORK", "YEAR", "YOUR", "ZERO", "BANS", "BIDS", "DIES",
        "HITS", "WINS", "ARMY", "BABY", "BANK", "BILL", "BODY", "BOMB", "CASH", "CITY", "CLUB",
        "CRY", "DEBT", "DEMO", "DRUG", "EASY", "EDGE", "FARM", "FILM", "FOOD", "GIRL", "GOLD",
        "HARD", "HATE", "IDEA", "JAIL", "KING", "LAND", "LOVE", "MAIN", "MEET", "MIND", "NICE",
        "OKAY", "PLEA", "POOR", "RAID", "RATE", "READ", "REST", "RICH", "ROAD", "ROLE", "RULE",
        "SAFE", "SALE", "SEAT", "SHIP", "SHOP", "SLAM", "STAR", "TEAM", "TEST", "TOUR", "TOWN",
        "TRIP", "UNIT", "VOTES", "WAGE", "WALL", "WIFE", "WIND", "YEAH", "ZONE", "EVIL", "OMG",
    ]

    /// Initialisms with a reading of their own.
    static let specialReadings: [String: String] = [
        "FTSE": "Footsie", "WWII": "World War Two", "WWI": "World War One", "WW2": "World War Two",
        "WW1": "World War One", "NYC": "New York City", "LGBTQ": "L.G.B.T.Q", "LGBTQIA": "L.G.B.T.Q.I.A",
        "HQ": "H.Q", "OK": "okay", "Ok": "okay", "DJ": "D.J", "Q&A": "Q and A",
    ]

    /// Words before a Roman numeral that make it a plain number ("World War Two", "Super Bowl fifty-eight").
    static let romanCardinalContext: Set<String> = [
        "War", "Bowl", "Part", "Chapter", "Phase", "Class", "Vatican", "Apollo", "Title", "Act",
        "Volume", "Vol", "Book", "Episode", "Section", "Article", "Grade", "Stage", "Type", "Category",
        "Mark", "Mk", "Series", "Level", "Round", "Season", "Schedule", "Tier", "Division", "Appendix",
        "Annex", "Rocky", "Gemini", "Soyuz", "Voyager", "Pioneer", "Star", "Zone", "Band", "Key",
        "Lot", "Unit", "Block", "Olympiad", "Games", "Symphony", "Psalm", "Canto", "Form", "Step",
        "Cup", "Rule", "Protocol", "Amendment", "Base", "Plan", "Stage", "Operation", "Reactor",
    ]

    /// Names of rulers and popes that take a single-letter numeral ("Henry V", "Charles I").
    static let regnalNames: Set<String> = [
        "Charles", "Elizabeth", "Henry", "George", "Edward", "William", "James", "Richard", "Louis",
        "Philip", "Felipe", "Mary", "Anne", "Victoria", "Frederick", "Wilhelm", "Nicholas", "Alexander",
        "Peter", "Ivan", "Catherine", "Napoleon", "Harald", "Carl", "Gustaf", "Olav", "Haakon",
        "Willem", "Albert", "Leopold", "Ferdinand", "Isabella", "Pedro", "Manuel", "Otto", "Rudolf",
        "Franz", "Karl", "Ludwig", "Friedrich", "Benedict", "John", "Paul", "Pius", "Leo", "Gregory",
        "Francis", "Innocent", "Clement", "Urban", "Boniface", "Sixtus", "Juan", "Carlos", "Alfonso",
        "Umberto", "Vittorio", "Emmanuel", "Constantine", "Rama", "Mohammed", "Hussein", "Abdullah",
        "Stephen", "David", "Robert", "Malcolm", "Alexander", "Christian", "Frederik", "Margrethe",
        "Harold", "Canute", "Ethelred", "Athelstan", "Edmund", "Matilda", "Xerxes", "Ramesses", "Ramses",
        "Darius", "Cyrus", "Ptolemy", "Antiochus", "Philippe", "Baudouin", "Henri", "Jean", "Guillaume",
    ]

    /// Every word a word rule looks for when it is followed by a space (for a fast skip).
    static let ruleWords: Set<String> = {
        var words = Set<String>()
        words.formUnion(months.keys)
        words.formUnion(weekdayAbbreviations.keys)
        words.formUnion(titles.keys)
        words.formUnion(streetSuffixes.keys)
        words.formUnion(periodAbbreviations.keys)
        words.formUnion(bareAbbreviations.keys)
        words.formUnion(stateAbbreviations.keys)
        words.formUnion(dottedAbbreviations.keys)
        words.formUnion(specialReadings.keys)
        words.formUnion(dollarPrefixes.keys)
        words.formUnion(currencyCodes.keys)
        words.formUnion(numberAbbreviations.keys)
        words.formUnion([
            "No", "no", "Nos", "nos", "vs", "Vs", "VS", "v", "St", "Dr", "Jr", "Sr", "Gen", "Rt", "Hon",
            "et", "Co", "FY", "Fy", "WW", "I", "V",
        ])
        return words
    }()

    // MARK: Sentences

    /// Words that usually begin a sentence: after "U.S." or "etc." they mean the sentence ended.
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "But", "And", "This",
        "That", "These", "Those", "Its", "His", "Her", "Their", "Our", "There", "On", "At", "For",
        "As", "After", "When", "While", "However", "Meanwhile", "If", "Some", "Many", "Most", "So",
        "Yet", "Still", "Then", "Now", "Officials", "Police", "Critics", "Analysts", "Experts",
        "According", "During", "Since", "Last", "Earlier", "Later", "Today", "Yesterday", "Tomorrow",
        "One", "Two", "Several", "Both", "All", "Each", "No", "Not", "What", "Why", "How", "Who",
        "Where", "Although", "Despite", "Under", "With", "By", "From", "Also", "Other", "Such",
        "Mr", "Mrs", "Ms", "Dr", "Separately", "Instead", "Asked", "Speaking", "Even", "Because",
    ]
}
