// Word lists for the evaluation generator, written for Parley. Lists run from
// common to rare so that Zipf sampling gives realistic name collisions; a
// synthetic tail of family names stands in for the long tail of real ones.

export const MALE_GIVEN_NAMES = [
  "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
  "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua",
  "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan",
  "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon",
  "Benjamin", "Samuel", "Gregory", "Alexander", "Frank", "Patrick", "Raymond", "Jack", "Dennis", "Jerry",
  "Tyler", "Aaron", "José", "Adam", "Nathan", "Henry", "Douglas", "Zachary", "Peter", "Kyle",
  "Walter", "Ethan", "Jeremy", "Harold", "Keith", "Christian", "Roger", "Noah", "Gerald", "Carl",
  "Terry", "Sean", "Austin", "Arthur", "Lawrence", "Jesse", "Dylan", "Bryan", "Joe", "Jordan",
  "Billy", "Bruce", "Albert", "Willie", "Gabriel", "Logan", "Alan", "Juan", "Wayne", "Roy",
  "Ralph", "Randy", "Eugene", "Vincent", "Russell", "Elijah", "Louis", "Bobby", "Philip", "Johnny",
  "Björn", "Lars", "Mateo", "Luca", "Matthias", "Jürgen", "Łukasz", "Pierre", "Raj", "Arjun",
  "Hiroshi", "Kenji", "Wei", "Omar", "Ahmed", "Diego", "Sergei", "Dmitri", "Tomás", "Finn",
] as const;

export const FEMALE_GIVEN_NAMES = [
  "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
  "Nancy", "Lisa", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle",
  "Dorothy", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia",
  "Kathleen", "Amy", "Shirley", "Angela", "Helen", "Anna", "Brenda", "Pamela", "Nicole", "Emma",
  "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Catherine", "Carolyn", "Janet", "Ruth", "Maria",
  "Heather", "Diane", "Virginia", "Julie", "Joyce", "Victoria", "Olivia", "Kelly", "Christina", "Lauren",
  "Joan", "Evelyn", "Judith", "Megan", "Cheryl", "Andrea", "Hannah", "Martha", "Jacqueline", "Frances",
  "Gloria", "Ann", "Teresa", "Kathryn", "Sara", "Janice", "Jean", "Alice", "Madison", "Doris",
  "Abigail", "Julia", "Judy", "Grace", "Denise", "Amber", "Marilyn", "Beverly", "Danielle", "Theresa",
  "Sophia", "Marie", "Diana", "Brittany", "Natalie", "Isabella", "Charlotte", "Rose", "Alexis", "Kayla",
  "Zoë", "Chloé", "Ingrid", "Astrid", "Sofía", "Lucía", "Priya", "Ananya", "Yuki", "Mei",
  "Fatima", "Aisha", "Olga", "Svetlana", "Anneliese", "Małgorzata", "Élodie", "Siobhán", "Freya", "Camila",
] as const;

export const COMMON_FAMILY_NAMES = [
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
  "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
  "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
  "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
  "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
  "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes",
  "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper",
  "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson",
  "Watson", "Brooks", "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes",
  "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez",
  "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell", "Coleman", "Butler", "Henderson", "Barnes",
  "Gonzales", "Fisher", "Vasquez", "Simmons", "Romero", "Jordan", "Patterson", "Alexander", "Hamilton", "Graham",
  "Reynolds", "Griffin", "Wallace", "Moreno", "West", "Cole", "Hayes", "Bryant", "Herrera", "Gibson",
  "Ellis", "Tran", "Medina", "Aguilar", "Stevens", "Murray", "Ford", "Castro", "Marshall", "Owens",
  "Harrison", "Fernandez", "McDonald", "Woods", "Washington", "Kennedy", "Wells", "Vargas", "Henry", "Chen",
  "Freeman", "Webb", "Tucker", "Guzman", "Burns", "Crawford", "Olson", "Simpson", "Porter", "Hunter",
  "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
  "Dubois", "Lefèvre", "Moreau", "Laurent", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano",
  "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Andersson", "Johansson", "Karlsson", "Nilsson", "Larsen",
  "Kowalski", "Nowak", "Wiśniewski", "Novák", "Ivanov", "Petrov", "Sato", "Suzuki", "Takahashi", "Tanaka",
  "Wang", "Li", "Zhang", "Liu", "Singh", "Kumar", "Sharma", "Gupta", "Khan", "Ali",
  "O'Brien", "O'Connor", "MacLeod", "Fitzgerald", "García López", "Søndergaard", "Åberg", "Öztürk", "Nuñez", "Peña",
] as const;

const SYNTHETIC_FAMILY_PREFIXES = [
  "Ash", "Black", "Brad", "Bran", "Carl", "Dun", "Ell", "Fair", "Gal", "Hart", "Hol", "Kings", "Lang", "Mar",
  "Mer", "Nor", "Pem", "Rad", "Ros", "Stan", "Thorn", "Wes", "Wood", "Ber", "Kal", "Lind", "Strom", "Os",
  "Fen", "Gil", "Hux", "Kirk", "Lo", "Mont", "Pen", "Quin", "Red", "Sel", "Tal", "Ved", "Wynd", "Yar",
];
const SYNTHETIC_FAMILY_JOINS = ["", "en", "er", "ing", "and", "el", "ow", "is", "am", "or", "ut", "ev"];
const SYNTHETIC_FAMILY_SUFFIXES = [
  "ford", "ley", "ton", "well", "wood", "field", "berg", "man", "son", "stein", "ridge", "more", "by",
  "worth", "land", "holm", "gard", "ini", "ez", "ova", "escu", "ski", "sen", "ick", "ard",
];

/**
 * Plausible but rare family names (about 13,000): the long tail every real
 * contact list has, where most people's family name is shared by few others.
 */
export const RARE_FAMILY_NAMES: readonly string[] = SYNTHETIC_FAMILY_PREFIXES.flatMap((prefix) =>
  SYNTHETIC_FAMILY_JOINS.flatMap((join) => SYNTHETIC_FAMILY_SUFFIXES.map((suffix) => prefix + join + suffix)),
);

/**
 * Nicknames people use in some sources. Deliberately not the resolver's table:
 * it includes forms that table lacks (Sasha, Bess, Chip), as real data would.
 */
export const GENERATOR_NICKNAMES: Record<string, readonly string[]> = {
  James: ["Jim", "Jimmy", "Jamie"], John: ["Johnny", "Jack"], Robert: ["Bob", "Rob", "Bobby", "Robbie"],
  Michael: ["Mike", "Mikey", "Mick"], William: ["Bill", "Will", "Billy", "Wills"], David: ["Dave", "Davey"],
  Richard: ["Rick", "Rich", "Dick", "Dickie"], Joseph: ["Joe", "Joey"], Thomas: ["Tom", "Tommy", "Thom"],
  Charles: ["Charlie", "Chuck", "Chip"], Christopher: ["Chris", "Topher"], Daniel: ["Dan", "Danny"],
  Matthew: ["Matt"], Anthony: ["Tony"], Donald: ["Don"], Steven: ["Steve"], Andrew: ["Andy", "Drew"],
  Joshua: ["Josh"], Kenneth: ["Ken", "Kenny"], Timothy: ["Tim"], Ronald: ["Ron"], Edward: ["Ed", "Eddie", "Ted", "Eddy"],
  Jeffrey: ["Jeff"], Jacob: ["Jake"], Nicholas: ["Nick", "Nicky"], Jonathan: ["Jon", "Jonny"], Stephen: ["Steve"],
  Benjamin: ["Ben", "Benji"], Samuel: ["Sam"], Gregory: ["Greg"], Alexander: ["Alex", "Sasha", "Xander"],
  Patrick: ["Pat", "Paddy"], Raymond: ["Ray"], Douglas: ["Doug"], Zachary: ["Zach", "Zack"], Peter: ["Pete"],
  Walter: ["Walt"], Harold: ["Harry", "Hal"], Lawrence: ["Larry"], Albert: ["Al", "Bert"], Philip: ["Phil"],
  Eugene: ["Gene"], Vincent: ["Vince"], Louis: ["Lou"], Gerald: ["Gerry", "Jerry"], Henry: ["Hank", "Harry"],
  Patricia: ["Pat", "Patty", "Trish"], Jennifer: ["Jen", "Jenny"], Elizabeth: ["Liz", "Beth", "Betsy", "Bess", "Lizzie"],
  Barbara: ["Barb"], Susan: ["Sue", "Susie"], Jessica: ["Jess"], Margaret: ["Maggie", "Peggy", "Meg", "Daisy"],
  Kimberly: ["Kim"], Deborah: ["Deb", "Debbie"], Rebecca: ["Becky", "Becca"], Pamela: ["Pam"], Nicole: ["Nikki"],
  Samantha: ["Sam", "Sammy"], Katherine: ["Kate", "Katie", "Kathy", "Kat"], Catherine: ["Cathy", "Kate", "Cat"],
  Christine: ["Chris", "Chrissy"], Victoria: ["Vicky", "Tori"], Judith: ["Judy"], Jacqueline: ["Jackie"],
  Abigail: ["Abby"], Cynthia: ["Cindy"], Kathleen: ["Kathy", "Kate"], Christina: ["Tina", "Chris"],
  Theresa: ["Tess", "Terry"], Dorothy: ["Dot", "Dottie"], Danielle: ["Dani"], Natalie: ["Nat"], Isabella: ["Bella", "Izzy"],
  Alexis: ["Lexi"], Frances: ["Fran"], Melissa: ["Mel", "Missy"], Stephanie: ["Steph"], Amanda: ["Mandy"],
};

const COMPANY_STEMS = [
  "Blue", "North", "Bright", "Iron", "Silver", "Red", "Green", "Clear", "Swift", "Deep", "High", "True",
  "Open", "Stone", "Sun", "Star", "Cloud", "River", "Oak", "Pine", "Cedar", "Frost", "Ember", "Nova",
  "Apex", "Vertex", "Quantum", "Lumen", "Vector", "Orbit", "Pixel", "Signal", "Harbor", "Summit", "Atlas", "Zenith",
];
const COMPANY_ROOTS = [
  "peak", "field", "gate", "works", "line", "point", "bridge", "stack", "wave", "forge", "path", "craft",
  "leaf", "light", "loop", "mark", "mind", "port", "scale", "shift", "stream", "tree", "vale", "wing",
];
const COMPANY_KINDS = ["Labs", "Systems", "Analytics", "Software", "Health", "Logistics", "Media", "Partners", "Group", "Foods", "Energy", "Robotics"];
const LEGAL_FORMS = ["Inc.", "LLC", "Ltd", "GmbH", "Corp.", "", "", ""];
const TLDS = ["com", "com", "com", "io", "co", "net", "de", "co.uk"];

export interface Company {
  name: string;
  /** Other spellings records use: "Bluepeak", "Bluepeak Labs Inc.", "BLUEPEAK LABS". */
  aliases: string[];
  domain: string;
  /** How the company builds addresses, chosen once per company as real ones do. */
  emailPattern: "first.last" | "flast" | "first" | "firstl" | "first_last";
}

export function buildCompanies(count: number, pick: <T>(items: readonly T[]) => T): Company[] {
  const companies: Company[] = [];
  const usedDomains = new Set<string>();
  const patterns: Company["emailPattern"][] = ["first.last", "first.last", "flast", "first", "firstl", "first_last"];
  for (let i = 0; companies.length < count && i < count * 20; i++) {
    const brand = pick(COMPANY_STEMS) + pick(COMPANY_ROOTS);
    const kind = pick(COMPANY_KINDS);
    const domain = `${brand.toLowerCase()}${usedDomains.has(`${brand.toLowerCase()}.com`) ? kind.toLowerCase() : ""}.${pick(TLDS)}`;
    if (usedDomains.has(domain)) continue;
    usedDomains.add(domain);
    const legal = pick(LEGAL_FORMS);
    const name = `${brand} ${kind}`;
    companies.push({
      name,
      aliases: [name, brand, `${name} ${legal}`.trim(), name.toUpperCase()],
      domain,
      emailPattern: pick(patterns),
    });
  }
  return companies;
}

export interface City {
  name: string;
  country: string;
  countryName: string;
  /** Other ways profiles write it. */
  aliases: readonly string[];
}

export const CITIES: readonly City[] = [
  { name: "New York", country: "US", countryName: "USA", aliases: ["NYC", "New York, NY", "Brooklyn, NY"] },
  { name: "San Francisco", country: "US", countryName: "USA", aliases: ["SF", "San Francisco, CA", "SF Bay Area"] },
  { name: "London", country: "GB", countryName: "UK", aliases: ["London, UK", "London, England"] },
  { name: "Berlin", country: "DE", countryName: "Germany", aliases: ["Berlin, Germany", "Berlin, DE"] },
  { name: "Chicago", country: "US", countryName: "USA", aliases: ["Chicago, IL"] },
  { name: "Los Angeles", country: "US", countryName: "USA", aliases: ["LA", "Los Angeles, CA"] },
  { name: "Austin", country: "US", countryName: "USA", aliases: ["Austin, TX"] },
  { name: "Seattle", country: "US", countryName: "USA", aliases: ["Seattle, WA"] },
  { name: "Boston", country: "US", countryName: "USA", aliases: ["Boston, MA"] },
  { name: "Paris", country: "FR", countryName: "France", aliases: ["Paris, France"] },
  { name: "Amsterdam", country: "NL", countryName: "Netherlands", aliases: ["Amsterdam, NL"] },
  { name: "Munich", country: "DE", countryName: "Germany", aliases: ["München", "Munich, Germany"] },
  { name: "Toronto", country: "CA", countryName: "Canada", aliases: ["Toronto, ON"] },
  { name: "Sydney", country: "AU", countryName: "Australia", aliases: ["Sydney, NSW"] },
  { name: "Madrid", country: "ES", countryName: "Spain", aliases: ["Madrid, España"] },
  { name: "Stockholm", country: "SE", countryName: "Sweden", aliases: ["Stockholm, Sweden"] },
  { name: "Dublin", country: "IE", countryName: "Ireland", aliases: ["Dublin, Ireland"] },
  { name: "Zurich", country: "CH", countryName: "Switzerland", aliases: ["Zürich", "Zurich, CH"] },
  { name: "Vienna", country: "AT", countryName: "Austria", aliases: ["Wien", "Vienna, Austria"] },
  { name: "Warsaw", country: "PL", countryName: "Poland", aliases: ["Warsaw, Poland"] },
  { name: "Milan", country: "IT", countryName: "Italy", aliases: ["Milano", "Milan, Italy"] },
  { name: "Bangalore", country: "IN", countryName: "India", aliases: ["Bengaluru", "Bangalore, India"] },
  { name: "São Paulo", country: "BR", countryName: "Brazil", aliases: ["Sao Paulo", "São Paulo, SP"] },
  { name: "Tokyo", country: "JP", countryName: "Japan", aliases: ["Tokyo, Japan"] },
  { name: "Mexico City", country: "MX", countryName: "Mexico", aliases: ["CDMX", "Mexico City, MX"] },
  { name: "Denver", country: "US", countryName: "USA", aliases: ["Denver, CO"] },
  { name: "Atlanta", country: "US", countryName: "USA", aliases: ["Atlanta, GA"] },
  { name: "Miami", country: "US", countryName: "USA", aliases: ["Miami, FL"] },
  { name: "Hamburg", country: "DE", countryName: "Germany", aliases: ["Hamburg, Germany"] },
  { name: "Manchester", country: "GB", countryName: "UK", aliases: ["Manchester, UK"] },
];

/** Consumer mail providers with rough shares. */
export const PERSONAL_MAIL_PROVIDERS: ReadonlyArray<readonly [string, number]> = [
  ["gmail.com", 45], ["yahoo.com", 9], ["outlook.com", 8], ["hotmail.com", 8], ["icloud.com", 7],
  ["protonmail.com", 3], ["gmx.de", 3], ["web.de", 2], ["aol.com", 2], ["fastmail.com", 1], ["googlemail.com", 1],
];

/** Words people build unrelated screen names from ("coffeecoder42"). */
export const SCREEN_NAME_WORDS = [
  "coffee", "coder", "pixel", "ninja", "wander", "lust", "night", "owl", "data", "nerd", "sunny", "trail",
  "runner", "jazz", "cat", "lover", "book", "worm", "tech", "guru", "quiet", "storm", "urban", "hiker",
];
