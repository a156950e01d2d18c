import type { Channel, Intent } from "../generated/prisma/enums.ts";

/** The demo world: Lumen Home sells washing machines and dryers; Brightwash and Sudsy compete. */
export const demoBrands = [
  { name: "Lumen Home", kind: "own" as const, terms: ["Lumen Home", "LumenHome", "Lumen washer", "Lumen dryer"] },
  { name: "Brightwash", kind: "competitor" as const, terms: ["Brightwash", "Bright Wash"] },
  { name: "Sudsy", kind: "competitor" as const, terms: ["Sudsy"] },
];

export const demoOrganizations = [
  { name: "Northwind Laundromats", domain: "northwind-laundry.com", industry: "Retail" },
  { name: "Harbor Hotels", domain: "harborhotels.com", industry: "Hospitality" },
  { name: "Crestview Apartments", domain: "crestview-living.com", industry: "Real estate" },
  { name: "Bluebird Care Homes", domain: "bluebirdcare.org", industry: "Healthcare" },
  { name: "Oakline Fitness", domain: "oaklinefit.com", industry: "Fitness" },
  { name: "Summit University", domain: "summit.edu", industry: "Education" },
  { name: "Riverbend Dental", domain: "riverbenddental.com", industry: "Healthcare" },
  { name: "Pinecrest Property Group", domain: "pinecrestpg.com", industry: "Real estate" },
];

export const demoFirstNames = ["Ada", "Bruno", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Keira", "Luca", "Maya", "Nikhil", "Olivia", "Pablo", "Quinn", "Rosa", "Samir", "Tara", "Umar", "Vera", "Wes", "Yuki", "Zoe"];
export const demoLastNames = ["Okafor", "Lindqvist", "Moreau", "Petrov", "Garcia", "Haddad", "Kim", "Tanaka", "Silva", "Becker", "Walsh", "Romano", "Patel", "Nguyen", "Schmidt", "Fischer", "Costa", "Murphy", "Rahman", "Novak"];
export const demoCities = ["Berlin", "Austin", "Lisbon", "Toronto", "Manchester", "Lyon", "Osaka", "Denver"];
export const demoTitles = ["Facilities Manager", "Operations Director", "Procurement Lead", "Owner", "Head of Housekeeping", "Blogger", "Property Manager"];

export interface DemoLine {
  text: string;
  sentiment: number;
  intent: Intent;
}

/** What people say about Lumen Home on each kind of channel. Sentiment and intent are set by hand. */
export const demoLines: Record<"public" | "support" | "forum", DemoLine[]> = {
  public: [
    { text: "My Lumen washer died after 3 weeks. Water everywhere!!! Not impressed @LumenHome", sentiment: -0.85, intent: "problem" },
    { text: "Honestly the new Lumen dryer is the quietest thing in my flat. Love it 😍", sentiment: 0.85, intent: "praise" },
    { text: "Anyone know if Lumen Home ships to Portugal yet?", sentiment: 0, intent: "question" },
    { text: "Switched from Brightwash to Lumen Home and the energy bill dropped. Nice.", sentiment: 0.6, intent: "praise" },
    { text: "Would be great if the Lumen app could schedule a wash for when power is cheapest", sentiment: 0.4, intent: "idea" },
    { text: "Sudsy support answered in 5 minutes, Lumen took 3 days. Just saying.", sentiment: -0.5, intent: "problem" },
    { text: "Three technicians later my Lumen washer still leaks. Refund please.", sentiment: -0.8, intent: "problem" },
    { text: "Lumen Home's spin cycle is a beast, towels come out nearly dry", sentiment: 0.7, intent: "praise" },
  ],
  support: [
    { text: "The drum makes a grinding noise since yesterday. Order 4471. Can someone come look at it?", sentiment: -0.4, intent: "problem" },
    { text: "How do I reset the child lock on the LW-900?", sentiment: 0, intent: "question" },
    { text: "Thanks for the quick fix, the replacement pump works perfectly", sentiment: 0.8, intent: "praise" },
    { text: "Still waiting for the technician I was promised last week. This is unacceptable.", sentiment: -0.8, intent: "problem" },
    { text: "Can I get an invoice with our VAT number for the 12 machines we bought?", sentiment: 0, intent: "question" },
  ],
  forum: [
    { text: "Tip: run the drum-clean program once a month and the smell never comes back", sentiment: 0.5, intent: "idea" },
    { text: "Has anyone compared Lumen and Brightwash for a 40-room hotel laundry?", sentiment: 0, intent: "question" },
    { text: "Feature request: a delay-start longer than 12 hours", sentiment: 0.1, intent: "idea" },
    { text: "Error E21 again. Third time this month. Getting really frustrated.", sentiment: -0.7, intent: "problem" },
    { text: "Our care home runs six Lumen machines 14 hours a day, zero breakdowns so far", sentiment: 0.75, intent: "praise" },
  ],
};

export const publicChannels: Channel[] = ["twitter", "facebook", "instagram", "linkedin", "review", "blog"];
export const supportChannels: Channel[] = ["support_ticket", "email", "phone", "chat"];
