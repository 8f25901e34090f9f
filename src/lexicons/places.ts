/**
 * Place knowledge the analyser cannot read off the text. Country names come from the runtime's
 * ICU data (Intl.DisplayNames); this file adds the aliases news uses for them, demonyms, and the
 * words that make a name a place ("the Kursk region"). Curation rule: an alias goes here only if
 * it names one country unambiguously in English news.
 */
export const countryAliases: Readonly<Record<string, string>> = {
  'dprk': 'North Korea',
  "democratic people's republic of korea": 'North Korea',
  'north korea': 'North Korea',
  'republic of korea': 'South Korea',
  'south korea': 'South Korea',
  'russian federation': 'Russia',
  'russia': 'Russia',
  'us': 'United States',
  'u.s.': 'United States',
  'usa': 'United States',
  'u.s.a.': 'United States',
  'united states': 'United States',
  'united states of america': 'United States',
  'america': 'United States',
  'uk': 'United Kingdom',
  'u.k.': 'United Kingdom',
  'britain': 'United Kingdom',
  'great britain': 'United Kingdom',
  'united kingdom': 'United Kingdom',
  'prc': 'China',
  "people's republic of china": 'China',
  'china': 'China',
  'uae': 'United Arab Emirates',
  'drc': 'Democratic Republic of the Congo',
  'ukraine': 'Ukraine',
  'iran': 'Iran',
  'islamic republic of iran': 'Iran',
  'syria': 'Syria',
  'syrian arab republic': 'Syria',
  'türkiye': 'Turkey',
  'turkey': 'Turkey',
  'belarus': 'Belarus',
  'republic of belarus': 'Belarus',
};

/**
 * Places news spells more than one way, by the one spelling they go by. Curation rule: a variant
 * goes here only if it names the same place (not a region of the same name, not an older unit):
 * the Russian-derived transliterations of Ukrainian places that wires used until 2019-2022, and
 * spellings agencies still use. Lowercase, diacritics folded.
 */
export const placeSpellings: readonly { readonly id: string; readonly spellings: readonly string[]; readonly reason: string }[] = [
  { id: 'kyiv', spellings: ['kiev'], reason: 'Russian-derived spelling; AP and Reuters switched to Kyiv in 2019.' },
  { id: 'kharkiv', spellings: ['kharkov'], reason: 'Russian-derived spelling.' },
  { id: 'odesa', spellings: ['odessa'], reason: 'Russian-derived spelling, still common.' },
  { id: 'mykolaiv', spellings: ['nikolaev', 'nikolayev', 'mykolayiv'], reason: 'Russian-derived and older Ukrainian transliterations.' },
  { id: 'zaporizhzhia', spellings: ['zaporozhye', 'zaporozhzhia', 'zaporizhia', 'zaporizhzhya'], reason: 'Russian-derived and variant Ukrainian transliterations.' },
  { id: 'luhansk', spellings: ['lugansk'], reason: 'Russian-derived spelling.' },
  { id: 'lviv', spellings: ['lvov', "l'viv"], reason: 'Russian-derived spelling and an apostrophe variant.' },
  { id: 'chernihiv', spellings: ['chernigov'], reason: 'Russian-derived spelling.' },
  { id: 'vinnytsia', spellings: ['vinnitsa', 'vinnytsya'], reason: 'Russian-derived and variant Ukrainian transliterations.' },
  { id: 'zhytomyr', spellings: ['zhitomir'], reason: 'Russian-derived spelling.' },
  { id: 'rivne', spellings: ['rovno'], reason: 'Russian-derived spelling.' },
  { id: 'kryvyi rih', spellings: ['krivoy rog', 'kryvyy rih'], reason: 'Russian-derived and variant Ukrainian transliterations.' },
  { id: 'bakhmut', spellings: ['artemovsk', 'artemivsk'], reason: 'The name Moscow and Russian media use (Soviet name, restored by Russia in 2023).' },
  { id: 'donbas', spellings: ['donbass'], reason: 'Russian-derived spelling.' },
  { id: 'kropyvnytskyi', spellings: ['kirovograd', 'kirovohrad', 'kropyvnytskyy'], reason: 'Soviet-era names still used by Russian media, and a transliteration variant.' },
  { id: 'ivano-frankivsk', spellings: ['ivano-frankovsk'], reason: 'Russian-derived spelling.' },
  { id: 'turkey', spellings: ['turkiye'], reason: 'The name Ankara asks for since 2022 (Türkiye, folded); one country.' },
];

/** The one spelling of a place spelled `folded` (lowercase, diacritics folded), if it has others. */
const bySpelling = new Map<string, string>(placeSpellings.flatMap((p) => p.spellings.map((v): [string, string] => [v, p.id])));
export const placeSpelling = (folded: string): string | undefined => bySpelling.get(folded);

/** Demonyms as nouns for groups of people ("the Russians") with the country they refer to. */
export const demonyms: Readonly<Record<string, string>> = {
  russian: 'Russia', ukrainian: 'Ukraine', american: 'United States', british: 'United Kingdom', chinese: 'China',
  korean: 'Korea', 'north korean': 'North Korea', 'south korean': 'South Korea', iranian: 'Iran', syrian: 'Syria',
  israeli: 'Israel', palestinian: 'Palestine', german: 'Germany', french: 'France', polish: 'Poland', turkish: 'Turkey',
  belarusian: 'Belarus', iraqi: 'Iraq', afghan: 'Afghanistan', pakistani: 'Pakistan', indian: 'India', japanese: 'Japan',
  mexican: 'Mexico', canadian: 'Canada', european: 'Europe', african: 'Africa', lebanese: 'Lebanon', yemeni: 'Yemen',
  saudi: 'Saudi Arabia', egyptian: 'Egypt', sudanese: 'Sudan', libyan: 'Libya', georgian: 'Georgia', moldovan: 'Moldova',
  hungarian: 'Hungary', romanian: 'Romania', italian: 'Italy', spanish: 'Spain', dutch: 'Netherlands', swedish: 'Sweden',
  finnish: 'Finland', norwegian: 'Norway', danish: 'Denmark', czech: 'Czechia', slovak: 'Slovakia', lithuanian: 'Lithuania',
  latvian: 'Latvia', estonian: 'Estonia', armenian: 'Armenia', azerbaijani: 'Azerbaijan', kazakh: 'Kazakhstan',
  brazilian: 'Brazil', venezuelan: 'Venezuela', colombian: 'Colombia', cuban: 'Cuba', australian: 'Australia',
};

/** Lowercase words after a name that make it a place: "the Kursk region", "Donetsk oblast". */
export const placeHeads = ['region', 'oblast', 'province', 'district', 'county', 'state', 'city', 'village', 'town', 'area', 'governorate', 'raion', 'territory', 'border', 'peninsula', 'sea', 'river', 'valley', 'mountains', 'island', 'islands', 'front', 'direction'] as const;

/** Capitalised final words that make a name a place ("Korean Peninsula", "Black Sea"). */
export const placeSuffixes = ['Peninsula', 'Sea', 'Ocean', 'River', 'Lake', 'Canal', 'Dam', 'Reservoir', 'Volcano', 'Glacier', 'Mountains', 'Island', 'Islands', 'Valley', 'Gulf', 'Bay', 'Harbor', 'Harbour', 'Strait', 'Desert', 'Region', 'Oblast', 'Province', 'District', 'County', 'City', 'Street', 'Square', 'Avenue', 'Airport', 'Bridge'] as const;

/** Capitalised first words that make a name a place ("Lake Victoria", "Mount Semeru"): never a given name. */
export const placePrefixes = ['Lake', 'Mount', 'Mt.', 'Cape', 'Isle'] as const;

/** Prepositions that put a following single name in place position: "in Kursk", "near Pokrovsk". */
export const placePrepositions = ['in', 'near', 'outside', 'across', 'into', 'from', 'to', 'toward', 'towards', 'around', 'at'] as const;

export const usStates = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'] as const;

/** Capitals that stand for their governments in news ("Seoul said", "Moscow denied"): a colon after them in a headline is a speaker's. */
export const governmentSeats = ['Moscow', 'Kyiv', 'Kiev', 'Washington', 'London', 'Paris', 'Berlin', 'Beijing', 'Tokyo', 'Seoul', 'Pyongyang', 'Tehran', 'Damascus', 'Baghdad', 'Kabul', 'Jerusalem', 'Beirut', 'Cairo', 'Ankara', 'Minsk', 'Warsaw', 'Brussels', 'Rome', 'Madrid', 'Vienna', 'Ottawa', 'Canberra', 'New Delhi', 'Islamabad', 'Riyadh', 'Tbilisi', 'Chisinau', 'Vilnius', 'Riga', 'Tallinn', 'Helsinki', 'Stockholm', 'Oslo', 'Copenhagen', 'Budapest', 'Prague', 'Bratislava', 'Bucharest', 'Sofia', 'Belgrade', 'Athens', 'Lisbon', 'Dublin', 'Amsterdam', 'The Hague', 'Bern', 'Taipei', 'Manila', 'Hanoi', 'Bangkok', 'Jakarta', 'Pretoria', 'Nairobi', 'Abuja', 'Addis Ababa', 'Khartoum', 'Tripoli', 'Algiers', 'Rabat', 'Baku', 'Yerevan', 'Astana', 'Tashkent', 'Caracas', 'Havana', 'Mexico City', 'Brasilia', 'Buenos Aires', 'Santiago', 'Bogota', 'Lima'] as const;

/**
 * Seas, gulfs and regions across borders where news places events ("41 drowned in the central
 * Mediterranean", "fighting in the Sahel"), which no country list names. Curation rule: a name
 * goes here only if it is no person's or body's name in English news.
 */
export const waterAndRegions = ['Mediterranean', 'Mediterranean Sea', 'Aegean', 'Aegean Sea', 'Black Sea', 'Red Sea', 'Baltic Sea', 'North Sea', 'Caspian Sea', 'Adriatic', 'Adriatic Sea', 'English Channel', 'Gulf of Aden', 'Persian Gulf', 'Gulf of Mexico', 'South China Sea', 'East China Sea', 'Bay of Bengal', 'Andaman Sea', 'Arabian Sea', 'Sea of Azov', 'Atlantic', 'Atlantic Ocean', 'Pacific', 'Pacific Ocean', 'Indian Ocean', 'Arctic', 'Sahel', 'Sahara', 'Balkans', 'Caucasus', 'Horn of Africa', 'Middle East', 'West Bank', 'Gaza Strip'] as const;

/** Cities that are in the news daily; others are found by position ("in Kursk"). */
export const majorCities = ['Moscow', 'Kyiv', 'Kiev', 'Washington', 'London', 'Paris', 'Berlin', 'Beijing', 'Tokyo', 'Seoul', 'Pyongyang', 'Tehran', 'Damascus', 'Baghdad', 'Kabul', 'Jerusalem', 'Gaza', 'Beirut', 'Cairo', 'Ankara', 'Istanbul', 'Minsk', 'Warsaw', 'Brussels', 'Rome', 'Madrid', 'Vienna', 'Geneva', 'Kharkiv', 'Odesa', 'Odessa', 'Donetsk', 'Luhansk', 'Mariupol', 'Crimea', 'Donbas', 'Chicago', 'Los Angeles', 'Philadelphia', 'Boston', 'Houston', 'Miami', 'Atlanta', 'Cleveland', 'Brooklyn', 'Manhattan'] as const;

/** A compass part of a place, written before its name ("eastern Ukraine", "north-western Syria"), as a pattern. */
export const COMPASS_WORD = '(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)';
