import type { Channel, Intent } from "../generated/prisma/enums.ts";

/**
 * The demo world: Lumen sells washing machines and dryers, to homes (Lumen Home) and to hotels,
 * care homes, gyms and laundromats (Lumen Pro). Brightwash and Sudsy compete.
 */
export const demoBrands = [
  {
    name: "Lumen Home",
    kind: "own" as const,
    terms: ["Lumen Home", "LumenHome", "Lumen washer", "Lumen dryer"],
  },
  { name: "Lumen Pro", kind: "own" as const, terms: ["Lumen Pro", "LumenPro"] },
  { name: "Brightwash", kind: "competitor" as const, terms: ["Brightwash", "Bright Wash"] },
  { name: "Sudsy", kind: "competitor" as const, terms: ["Sudsy"] },
];
export type DemoBrandName = (typeof demoBrands)[number]["name"];

/** How each brand is written in a post (one of its terms, as people type it). */
export const brandSpellings: Record<DemoBrandName, string[]> = {
  "Lumen Home": ["Lumen Home", "@LumenHome", "Lumen washer", "Lumen dryer", "Lumen Home"],
  "Lumen Pro": ["Lumen Pro", "@LumenPro"],
  Brightwash: ["Brightwash", "@Brightwash", "Bright Wash"],
  Sudsy: ["Sudsy", "@Sudsy"],
};

export interface DemoCountry {
  country: string;
  cities: string[];
  currency: "USD" | "EUR" | "GBP";
}

export const demoCountries: DemoCountry[] = [
  {
    country: "United States",
    cities: ["Austin", "Denver", "Chicago", "Seattle", "Boston"],
    currency: "USD",
  },
  { country: "Germany", cities: ["Berlin", "Munich", "Hamburg"], currency: "EUR" },
  { country: "France", cities: ["Lyon", "Paris", "Lille"], currency: "EUR" },
  { country: "Portugal", cities: ["Lisbon", "Porto"], currency: "EUR" },
  {
    country: "United Kingdom",
    cities: ["Manchester", "London", "Leeds", "Bristol"],
    currency: "GBP",
  },
];

/** The first organizations; more are made from the word lists below. */
export const demoOrganizations = [
  { name: "Northwind Laundromats", domain: "northwind-laundry.com", industry: "Laundromats" },
  { name: "Harbor Hotels", domain: "harborhotels.com", industry: "Hospitality" },
  { name: "Crestview Apartments", domain: "crestview-living.com", industry: "Real estate" },
  { name: "Bluebird Care Homes", domain: "bluebirdcare.org", industry: "Care" },
  { name: "Oakline Fitness", domain: "oaklinefit.com", industry: "Fitness" },
  { name: "Summit University", domain: "summit.edu", industry: "Education" },
  { name: "Riverbend Dental", domain: "riverbenddental.com", industry: "Care" },
  { name: "Pinecrest Property Group", domain: "pinecrestpg.com", industry: "Real estate" },
];

export const organizationWords = {
  prefixes: [
    "Silverleaf",
    "Maple",
    "Granite",
    "Seaside",
    "Redwood",
    "Lakeside",
    "Ironbridge",
    "Willow",
    "Cedar",
    "Aurora",
    "Evergreen",
    "Highland",
    "Juniper",
    "Brookfield",
    "Foxglove",
    "Kingsway",
    "Meadowbank",
    "Westgate",
    "Larkspur",
    "Stonehill",
    "Bayview",
    "Thornbury",
    "Ashford",
    "Copperline",
    "Elmstead",
  ],
  suffixes: {
    Hospitality: ["Hotels", "Inns", "Resorts", "Suites"],
    Care: ["Care Homes", "Senior Living", "Clinics"],
    Fitness: ["Fitness", "Gyms", "Leisure Centres"],
    Laundromats: ["Laundromats", "Laundry Co", "Wash House"],
    "Real estate": ["Apartments", "Property Group", "Student Living"],
    Education: ["College", "Academy"],
  } as Record<string, string[]>,
};

export const demoFirstNames = [
  "Ada",
  "Bruno",
  "Chloe",
  "Dmitri",
  "Elena",
  "Farid",
  "Grace",
  "Hiro",
  "Ines",
  "Jonas",
  "Keira",
  "Luca",
  "Maya",
  "Nikhil",
  "Olivia",
  "Pablo",
  "Quinn",
  "Rosa",
  "Samir",
  "Tara",
  "Umar",
  "Vera",
  "Wes",
  "Yuki",
  "Zoe",
  "Amara",
  "Ben",
  "Carmen",
  "Daniel",
  "Emma",
  "Felix",
  "Hana",
  "Ivan",
  "Julia",
  "Kofi",
  "Lena",
  "Marco",
  "Nadia",
  "Oscar",
  "Priya",
  "Rafael",
  "Sofia",
  "Tomas",
  "Uma",
  "Viktor",
  "Wen",
  "Yara",
  "Aiden",
  "Beatriz",
  "Chen",
  "Diego",
  "Esther",
  "Gabriel",
  "Helena",
  "Isaac",
  "Jana",
  "Kai",
  "Leila",
  "Mateo",
  "Noor",
];
export const demoLastNames = [
  "Okafor",
  "Lindqvist",
  "Moreau",
  "Petrov",
  "Garcia",
  "Haddad",
  "Kim",
  "Tanaka",
  "Silva",
  "Becker",
  "Walsh",
  "Romano",
  "Patel",
  "Nguyen",
  "Schmidt",
  "Fischer",
  "Costa",
  "Murphy",
  "Rahman",
  "Novak",
  "Adeyemi",
  "Bauer",
  "Carvalho",
  "Dubois",
  "Eriksen",
  "Ferreira",
  "Gallagher",
  "Hoffmann",
  "Ibrahim",
  "Jensen",
  "Kowalski",
  "Laurent",
  "Mensah",
  "Nakamura",
  "O'Brien",
  "Pereira",
  "Quist",
  "Rossi",
  "Sato",
  "Thompson",
  "Ueda",
  "Vargas",
  "Weber",
  "Xu",
  "Yilmaz",
  "Zimmermann",
  "Abbott",
  "Brennan",
  "Castillo",
  "Delgado",
  "Evans",
  "Fontaine",
  "Greco",
  "Hughes",
  "Iversen",
  "Jovanovic",
  "Keller",
  "Lambert",
  "Marsh",
  "Ng",
];
export const businessTitles = [
  "Facilities Manager",
  "Operations Director",
  "Procurement Lead",
  "Owner",
  "Head of Housekeeping",
  "Property Manager",
  "General Manager",
  "Estates Manager",
];
export const consumerTitles = [
  "Teacher",
  "Nurse",
  "Designer",
  "Engineer",
  "Student",
  "Chef",
  "Accountant",
  "Photographer",
];

/** The sales team: deal owners, and the senders of sales emails. */
export const salesReps = [
  { name: "Sam Rivera", email: "sam.rivera@lumen.example" },
  { name: "Jo Becker", email: "jo.becker@lumen.example" },
  { name: "Priya Shah", email: "priya.shah@lumen.example" },
  { name: "Tom Hughes", email: "tom.hughes@lumen.example" },
];
export const supportAgents = [
  { id: 1, name: "Lumen Support", email: "support@lumen.example" },
  { id: 2, name: "Ana Lopes (Lumen Support)", email: "ana.lopes@lumen.example" },
  { id: 3, name: "Kenji Mori (Lumen Support)", email: "kenji.mori@lumen.example" },
];

export type CampaignFile = "mailchimp" | "ad-leads" | "webinars" | "badges";

export interface DemoCampaign {
  id: string;
  name: string;
  /** The campaign's channel as its tool names it. */
  channel: "email" | "ads" | "webinar" | "event";
  file: CampaignFile;
  /** Multiplies each qualification step's chance for the people it brought in: the story the funnels find. */
  quality: number;
  /** How many of the business people it brings in, relative to the others. */
  reach: number;
  /** Days before `now` its run starts and ends. */
  from: number;
  to: number;
}

export const demoCampaigns: DemoCampaign[] = [
  {
    id: "cmp-newsletter",
    name: "Lumen monthly newsletter",
    channel: "email",
    file: "mailchimp",
    quality: 0.6,
    reach: 3,
    from: 182,
    to: 1,
  },
  {
    id: "cmp-energy",
    name: "Spring energy-saving offer",
    channel: "email",
    file: "mailchimp",
    quality: 0.8,
    reach: 2,
    from: 170,
    to: 120,
  },
  {
    id: "cmp-carehome",
    name: "Care home case study",
    channel: "email",
    file: "mailchimp",
    quality: 1.3,
    reach: 1,
    from: 110,
    to: 60,
  },
  {
    id: "ads-google-pro",
    name: "Google Ads: commercial washers",
    channel: "ads",
    file: "ad-leads",
    quality: 0.55,
    reach: 3,
    from: 180,
    to: 5,
  },
  {
    id: "ads-linkedin-pro",
    name: "LinkedIn lead gen: Lumen Pro",
    channel: "ads",
    file: "ad-leads",
    quality: 1.0,
    reach: 2,
    from: 150,
    to: 10,
  },
  {
    id: "web-hotel-laundry",
    name: "Hotel laundry webinar",
    channel: "webinar",
    file: "webinars",
    quality: 2.2,
    reach: 1.2,
    from: 140,
    to: 20,
  },
  {
    id: "web-energy-costs",
    name: "Cut laundry energy costs webinar",
    channel: "webinar",
    file: "webinars",
    quality: 1.5,
    reach: 1,
    from: 100,
    to: 15,
  },
  {
    id: "evt-laundry-expo",
    name: "Laundry Expo Berlin 2026",
    channel: "event",
    file: "badges",
    quality: 1.9,
    reach: 1,
    from: 120,
    to: 117,
  },
  {
    id: "evt-pro-roadshow",
    name: "Lumen Pro roadshow Manchester",
    channel: "event",
    file: "badges",
    quality: 1.2,
    reach: 0.7,
    from: 60,
    to: 58,
  },
];

export const demoCommunities = {
  owners: { platform: "forum", id: "lumen-owners", name: "Lumen Owners Club" },
  pro: { platform: "forum", id: "pro-laundry", name: "Pro Laundry Operators" },
};

/** Communities of the Twitter conversation: who talks to whom, what about. */
export const socialCircles = [
  {
    id: "home",
    topic: "home laundry",
    brands: { "Lumen Home": 5, Brightwash: 4, Sudsy: 3, "Lumen Pro": 0 },
  },
  {
    id: "hospitality",
    topic: "hotel operations",
    brands: { "Lumen Home": 1, Brightwash: 3, Sudsy: 1, "Lumen Pro": 4 },
  },
  {
    id: "care",
    topic: "care homes",
    brands: { "Lumen Home": 1, Brightwash: 2, Sudsy: 1, "Lumen Pro": 3 },
  },
  {
    id: "green",
    topic: "saving energy",
    brands: { "Lumen Home": 3, Brightwash: 3, Sudsy: 2, "Lumen Pro": 1 },
  },
  {
    id: "laundromat",
    topic: "laundromat owners",
    brands: { "Lumen Home": 0, Brightwash: 3, Sudsy: 3, "Lumen Pro": 3 },
  },
] as const;
export type SocialCircle = (typeof socialCircles)[number]["id"];

export interface DemoLine {
  text: string;
  sentiment: number;
  intent: Intent;
}

/**
 * The trickle's lines (and the ingest bench's): what people say about Lumen on each kind of
 * channel. Sentiment and intent are set by hand.
 */
export const demoLines: Record<"public" | "support" | "forum", DemoLine[]> = {
  public: [
    {
      text: "My Lumen washer died after 3 weeks. Water everywhere!!! Not impressed @LumenHome",
      sentiment: -0.85,
      intent: "problem",
    },
    {
      text: "Honestly the new Lumen dryer is the quietest thing in my flat. Love it 😍",
      sentiment: 0.85,
      intent: "praise",
    },
    { text: "Anyone know if Lumen Home ships to Portugal yet?", sentiment: 0, intent: "question" },
    {
      text: "Switched from Brightwash to Lumen Home and the energy bill dropped. Nice.",
      sentiment: 0.6,
      intent: "praise",
    },
    {
      text: "Would be great if the Lumen app could schedule a wash for when power is cheapest",
      sentiment: 0.4,
      intent: "idea",
    },
    {
      text: "Sudsy support answered in 5 minutes, Lumen took 3 days. Just saying.",
      sentiment: -0.5,
      intent: "problem",
    },
    {
      text: "Three technicians later my Lumen washer still leaks. Refund please.",
      sentiment: -0.8,
      intent: "problem",
    },
    {
      text: "Lumen Home's spin cycle is a beast, towels come out nearly dry",
      sentiment: 0.7,
      intent: "praise",
    },
  ],
  support: [
    {
      text: "The drum makes a grinding noise since yesterday. Order 4471. Can someone come look at it?",
      sentiment: -0.4,
      intent: "problem",
    },
    { text: "How do I reset the child lock on the LW-900?", sentiment: 0, intent: "question" },
    {
      text: "Thanks for the quick fix, the replacement pump works perfectly",
      sentiment: 0.8,
      intent: "praise",
    },
    {
      text: "Still waiting for the technician I was promised last week. This is unacceptable.",
      sentiment: -0.8,
      intent: "problem",
    },
    {
      text: "Can I get an invoice with our VAT number for the 12 machines we bought?",
      sentiment: 0,
      intent: "question",
    },
  ],
  forum: [
    {
      text: "Tip: run the drum-clean program once a month and the smell never comes back",
      sentiment: 0.5,
      intent: "idea",
    },
    {
      text: "Has anyone compared Lumen and Brightwash for a 40-room hotel laundry?",
      sentiment: 0,
      intent: "question",
    },
    { text: "Feature request: a delay-start longer than 12 hours", sentiment: 0.1, intent: "idea" },
    {
      text: "Error E21 again. Third time this month. Getting really frustrated.",
      sentiment: -0.7,
      intent: "problem",
    },
    {
      text: "Our care home runs six Lumen machines 14 hours a day, zero breakdowns so far",
      sentiment: 0.75,
      intent: "praise",
    },
  ],
};

export const publicChannels: Channel[] = [
  "twitter",
  "facebook",
  "instagram",
  "linkedin",
  "review",
  "blog",
];
export const supportChannels: Channel[] = ["support_ticket", "email", "phone", "chat"];

/** How a post reads, for the world's texts: the enrichment must find it (tested in catalog.test.ts). */
export type Tone = "praise" | "problem" | "question" | "idea";

/**
 * Texts with `{brand}` (a spelling of a brand), `{n}` (a number) and `{handle}` (another person)
 * slots, grouped by what they are about. Each group's tone is what sentiment and intent must read.
 */
export const templates = {
  /** Tweets about a brand, by tone. */
  social: {
    praise: [
      "Honestly the {brand} dryer is the quietest thing in my flat. Love it",
      "Switched to {brand} last month and the energy bill dropped. Really happy with it",
      "{brand} spin cycle is a beast, towels come out nearly dry. Great machine",
      "Shoutout to {brand} support, friendly and fast. Excellent service",
      "The eco program on my {brand} machine is fantastic, half the water and still spotless",
      "Our {brand} washers have been brilliant this year, the team loves them",
      "Best laundry decision we made: {brand}. Quiet, quick and reliable",
    ],
    problem: [
      "My {brand} washer died after 3 weeks. Water everywhere!!! Not impressed",
      "Three technicians later my {brand} machine still leaks. Refund please.",
      "{brand} support took 3 days to answer. Terrible service.",
      "The door seal on my {brand} washer is already broken. Awful quality",
      "Grinding noise from the {brand} drum every spin. So disappointed",
      "Second {brand} dryer this year that stopped heating. Really frustrated",
    ],
    question: [
      "Anyone know if {brand} ships to Portugal yet?",
      "Thinking about {brand} for a small flat. Which model would you pick?",
      "Does {brand} do a stacking kit for the dryer?",
      "How long does a {brand} service visit usually take?",
      "Is the {brand} app worth installing or is it only notifications?",
    ],
    idea: [
      "Would be great if the {brand} app could schedule a wash for when power is cheapest",
      "{brand} should add a quick 15 minute program for gym kit",
      "Feature request: {brand} please add a delay start longer than 12 hours",
    ],
  },
  /** The negative bursts: a Sudsy recall and a Lumen firmware update that broke machines. */
  sudsyRecall: [
    "Sudsy recall notice today: the detergent drawer cracks and leaks. Mine is broken too. Terrible",
    "Got the Sudsy recall letter, the drawer on mine is cracked. Unacceptable",
    "Sudsy detergent drawer recall, what a mess. Leaking all over the utility room. Awful",
    "So the Sudsy drawer recall is real, my machine leaks water every wash. Disappointed",
  ],
  lumenFirmware: [
    "My Lumen washer shows error E21 since the firmware update. Useless",
    "Firmware update broke my Lumen dryer, error E21 every cycle. Angry",
    "Error E21 after last night's Lumen Home update, the machine won't start. Terrible",
    "@LumenHome the new firmware bricked our washer, E21 error again. Awful",
  ],
  /** Replies in a Twitter thread. */
  replyAgree: [
    "@{handle} totally agree, great point",
    "@{handle} same experience here, love it",
    "@{handle} this is really helpful, thanks",
  ],
  replyAsk: [
    "@{handle} which model is that?",
    "@{handle} how long have you had it?",
    "@{handle} did they come out to fix it?",
  ],
  /** Forum posts. */
  forumQuestionPro: [
    "How many {brand} machines would a {n}-room hotel need?",
    "Has anyone financed a fleet of commercial washers through {brand}? How did it go?",
    "What is the real energy use of the {brand} LP-20 per cycle?",
    "Is the {brand} service contract worth it for a care home with {n} residents?",
    "Which dryer pairs best with the {brand} LP-20 washers for a busy gym?",
  ],
  forumQuestionOwners: [
    "How do I reset the child lock on the LW-900?",
    "What detergent do you use with the eco program?",
    "Is it normal that the drum smells after a month? How do I fix that?",
    "Which spin speed do you use for wool?",
    "Can the {brand} dryer vent through a window kit?",
  ],
  forumAnswer: [
    "We run {n} of them and it works great, happy to share our numbers with you.",
    "Yes, hold the start button for five seconds and it resets. Easy.",
    "Run the drum-clean program once a month and the smell never comes back. Works perfectly.",
    "We went through the same decision last year, the service contract was worth it. Happy to help.",
    "Good question! The eco program with a liquid detergent works best for us.",
  ],
  forumPost: [
    "Tip: run the drum-clean program once a month and the smell never comes back",
    "Our care home runs {n} Lumen machines 14 hours a day, zero breakdowns so far. Very happy",
    "Monthly check-in: all {n} washers running fine, great month",
    "Sharing our numbers: the LP-20 saved us about {n}% on energy this quarter. Great result",
    "Thanks everyone for the tips last month, the dryer works perfectly now",
  ],
  /** Zendesk tickets: the customer's text and the agent's answer. */
  ticketProblem: [
    "The drum makes a grinding noise since yesterday. Order {n}. Can someone come look at it?",
    "Still waiting for the technician I was promised last week. This is unacceptable.",
    "The washer is leaking from the door seal. Order {n}.",
    "My dryer stopped heating after {n} cycles. It is broken.",
  ],
  ticketQuestion: [
    "How do I reset the child lock on the LW-900?",
    "Can I get an invoice with our VAT number for the {n} machines we bought?",
    "How do I book the yearly service visit?",
  ],
  ticketFirmware: ["Error E21 after the update, the machine won't start. Order {n}."],
  agentReply: [
    "Thanks for reaching out, a technician will call you today.",
    "Sorry about that! We have booked a visit for tomorrow morning.",
    "Thanks for your patience, the replacement part ships today.",
    "Here is the invoice with your VAT number attached.",
  ],
  /** Sales: the rep's email, the prospect's answer, a call note. */
  salesEmail: [
    "Hi {first}, following up on our chat: attached is the quote for {n} machines.",
    "Hi {first}, here are the case studies from two hotels your size, happy to walk you through them.",
    "Hi {first}, our engineers can do the site survey next week for the {n} machines.",
  ],
  prospectReply: [
    "Thanks, can we book a site visit next week?",
    "Looks good, could you send the service terms as well?",
    "Thanks for the quote, what would the financing look like for {n} machines?",
  ],
  callNote: [
    "Call: walked through financing for {n} machines, they want a trial unit",
    "Call: discussed installation dates and the service contract",
    "Call: compared our quote with Brightwash, price is close",
  ],
  /** Reviews on a review site, by tone. */
  review: {
    praise: [
      "Five stars. The {brand} washer is quiet, quick and saves water. Highly recommend",
      "Great machine, delivered on time and the installer was friendly. {brand} did well",
      "Excellent {brand} dryer, clothes come out soft and the eco mode is brilliant",
    ],
    problem: [
      "One star. The {brand} washer broke after a month and support was useless",
      "Disappointed: my {brand} machine leaks and the repair took three weeks",
      "Terrible experience with {brand}, the drum bearing failed twice",
    ],
  },
} as const;

/** The blogger at the heart of the influence story: her posts over the months, then the complaint. */
export const bloggerStory = {
  name: "Maya Okafor",
  twitterName: "Maya Okafor | Laundry Lab",
  handle: "mayaokafor",
  followers: 1_200_000,
  blog: [
    {
      daysAgo: 96,
      title: "Lumen washer review: quiet, frugal and fast",
      text: "I have tested the Lumen washer for a month: quiet, frugal and fast. The best machine I have reviewed this year, and I love the eco program.",
    },
    {
      daysAgo: 61,
      title: "Brightwash EcoLine vs Lumen Home",
      text: "Brightwash EcoLine against Lumen Home: both are good, the Lumen Home dryer is quieter and the Brightwash app is nicer.",
    },
    {
      daysAgo: 24,
      title: "Why I bought the Lumen washer for my own kitchen",
      text: "After months of testing I bought the Lumen washer for my own kitchen. Great value and beautifully quiet.",
    },
  ],
  ticket:
    "Still waiting for the technician I was promised last week. My Lumen washer is leaking and nobody answers.",
  call: "Called about the leaking washer again: the technician never came. Very unhappy.",
  complaint:
    "Three weeks old and my Lumen washer is broken. It leaked all over the kitchen floor and @LumenHome has ignored me for days. Worst purchase of the year. Do not buy.",
  replies: [
    "@mayaokafor same thing happened to mine, the Lumen washer leaked twice. Awful",
    "@mayaokafor @LumenHome this is terrible, fix it for her!",
    "@mayaokafor that's awful. Did they at least offer a refund?",
    "@mayaokafor what an awful way to treat a customer. Terrible",
    "@mayaokafor @LumenHome three weeks?! Shameful service",
    "@mayaokafor mine is broken too, water everywhere. Worst support ever",
    "@mayaokafor ugh, so sorry. That is a disgrace @LumenHome",
    "@mayaokafor I returned mine for the same leak. Terrible",
  ],
  /** How many people reply, and share, in the minutes before `now`. */
  replyCount: 46,
  shareCount: 24,
  minutesAgo: 9,
};
