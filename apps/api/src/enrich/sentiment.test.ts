import { describe, expect, it } from "vitest";
import {
  pearsonCorrelation,
  polarityAgreement,
  RATED_SETS,
  readGradedSet,
  readPolaritySet,
  readRatedSet,
  SENTIMENT_SPLITS,
  scoreRatedSet,
  vaderCompound,
} from "../../eval/enrich/eval-sets.ts";
import { wordTableFor } from "./lexicon.ts";
import { scoreSentiment, scoreWithProfile } from "./sentiment.ts";
import { SENTIMENT_PROFILES, TEXT_KIND_OF_CHANNEL, TEXT_KINDS } from "./sentiment-profiles.ts";
import { TWEET_VALENCES } from "./social-lexicon.ts";

describe("scoreSentiment", () => {
  it("scores praise positive and complaints negative", () => {
    expect(scoreSentiment("love the new release, works great")).toBeGreaterThan(0.5);
    expect(scoreSentiment("worst update ever, everything is broken")).toBeLessThan(-0.5);
  });

  it("scores posts without sentiment as exactly 0", () => {
    expect(scoreSentiment("ordered a new case, arrives thursday")).toBe(0);
    expect(scoreSentiment("@happycustomer see https://example.com/awesome")).toBe(0);
  });

  it("flips polarity under negation", () => {
    expect(scoreSentiment("the app is good")).toBeGreaterThan(0);
    expect(scoreSentiment("the app is not good")).toBeLessThan(0);
    expect(scoreSentiment("the update isn't great")).toBeLessThan(0);
    expect(scoreSentiment("the update isnt great")).toBeLessThan(0);
    expect(scoreSentiment("honestly not bad")).toBeGreaterThan(0);
    expect(scoreSentiment("no complaints, zero issues", "support")).toBeGreaterThan(0);
  });

  it("keeps negation inside its clause and spends it on the first sentiment word", () => {
    expect(scoreSentiment("No, this is great")).toBeGreaterThan(0);
    expect(scoreSentiment("not cheap but great quality")).toBeGreaterThan(0);
    expect(scoreSentiment("no pressure and great prices")).toBeGreaterThan(
      scoreSentiment("pressure and great prices"),
    );
    expect(scoreSentiment("no pressure and great prices")).toBeGreaterThan(0.3);
  });

  it("lets negation reach past a word VADER's raters barely rated, as VADER's scorer does", () => {
    // "feeling" is rated 0.5: too faint to take the "not" for itself.
    expect(scoreSentiment("not feeling good today")).toBeLessThan(-0.3);
    expect(scoreSentiment("I'm not feeling too good :(")).toBeLessThan(scoreSentiment(":("));
  });

  it("negates with every negator VADER's scorer lists", () => {
    for (const text of ["despite the good reviews", "you needn't be happy", "it mustn't be good"])
      expect(scoreSentiment(text)).toBeLessThan(0);
  });

  it("reads 'no' before what it negates as a determiner and standing alone as VADER's refusal", () => {
    expect(scoreSentiment("no worries")).toBeGreaterThan(0.2);
    expect(scoreSentiment("no problems at all")).toBeGreaterThan(0.2);
    expect(scoreSentiment("No.")).toBeLessThan(-0.2);
    expect(scoreSentiment("no sleep last night")).toBeLessThan(0);
    expect(scoreSentiment("no no no")).toBeLessThan(scoreSentiment("no"));
  });

  it("reads a negated word in customer text as weaker than its opposite, as people rate it", () => {
    // "not bad" is faintly positive, well short of "good"; "not great" is mildly negative.
    const review = (text: string) => scoreSentiment(text, "reviews");
    expect(review("not bad")).toBeGreaterThan(0);
    expect(review("not bad")).toBeLessThan(review("good"));
    expect(review("not the worst")).toBeLessThan(review("not bad") + 0.1);
    expect(review("not great")).toBeLessThan(0);
    expect(review("not great")).toBeGreaterThan(-review("great"));
    expect(review("not terrible")).toBeLessThan(-review("terrible") / 2);
  });

  it("negates social posts with VADER's flip, which VADER's raters measured", () => {
    expect(scoreSentiment("not bad")).toBeCloseTo(-0.74 * scoreSentiment("bad"), 1);
    expect(scoreSentiment("I'm not happy")).toBeLessThan(-0.3);
    expect(scoreSentiment("not bad for a monday")).toBeGreaterThan(0.3);
  });

  it("reads never-so and negated comparatives as emphasis, not negation", () => {
    expect(scoreSentiment("never been so happy")).toBeGreaterThan(scoreSentiment("happy"));
    expect(scoreSentiment("I've never seen such bad service")).toBeLessThan(
      scoreSentiment("bad service"),
    );
    expect(scoreSentiment("I couldn't be happier")).toBeGreaterThan(0.5);
    expect(scoreSentiment("never felt better")).toBeGreaterThan(0.4);
    expect(scoreSentiment("couldn't be more pleased")).toBeGreaterThan(0.4);
    expect(scoreSentiment("it couldn't be worse")).toBeLessThan(-0.4);
    // Only "never" works this way: "not so sure" is still doubt, and a plain negated comparative still negates.
    expect(scoreSentiment("not so sure")).toBeLessThan(0);
    expect(scoreSentiment("it won't get better")).toBeLessThan(0);
  });

  it("hedges after 'kind of' and 'sort of', and reads 'used to' as a state that is over", () => {
    expect(scoreSentiment("kind of good")).toBeLessThan(scoreSentiment("good"));
    expect(scoreSentiment("kind of good")).toBeGreaterThan(0);
    expect(scoreSentiment("sort of annoying")).toBeGreaterThan(scoreSentiment("annoying"));
    expect(scoreSentiment("what kind of dog is that?")).toBe(0);
    expect(scoreSentiment("you're so kind")).toBeGreaterThan(0.3);
    expect(scoreSentiment("support used to be great, now they don't even reply")).toBeLessThan(0);
    expect(scoreSentiment("I used to love this app")).toBeLessThan(0);
    expect(scoreSentiment("I used to hate it but now I love it")).toBeGreaterThan(0.5);
  });

  it("negates after 'least' but not after 'at least'", () => {
    expect(scoreSentiment("the least helpful agent")).toBeLessThan(0);
    expect(scoreSentiment("at least it works")).toBeGreaterThan(0);
  });

  it.each(["support", "email", "forum", "reviews"] as const)(
    "reads negated success verbs and services in %s as failures",
    (kind) => {
      expect(scoreSentiment("my phone won't charge", kind)).toBeLessThan(-0.3);
      expect(scoreSentiment("it doesn't work", kind)).toBeLessThan(-0.3);
      expect(scoreSentiment("the package never arrived", kind)).toBeLessThan(-0.3);
      expect(scoreSentiment("no signal since Monday", kind)).toBeLessThan(-0.3);
      expect(scoreSentiment("the laptop won't turn on", kind)).toBeLessThan(-0.3);
      expect(scoreSentiment("The issue is still not fixed.", kind)).toBeLessThan(-0.3);
      expect(scoreSentiment("Still no reply after three emails.", kind)).toBeLessThan(-0.3);
    },
  );

  it("treats can't ... enough as praise and can't believe as not negating", () => {
    expect(scoreSentiment("can't recommend them enough")).toBeGreaterThan(0.3);
    expect(scoreSentiment("can't believe how bad this is")).toBeLessThan(-0.3);
  });

  it("strengthens sentiment with intensifiers and weakens it with hedges", () => {
    expect(scoreSentiment("very good")).toBeGreaterThan(scoreSentiment("good"));
    expect(scoreSentiment("so bad")).toBeLessThan(scoreSentiment("bad"));
    expect(scoreSentiment("kinda good")).toBeLessThan(scoreSentiment("good"));
    expect(scoreSentiment("sooo good")).toBeGreaterThan(scoreSentiment("so good"));
    expect(scoreSentiment("i loooove it")).toBeGreaterThan(0);
  });

  it("reads capitals as emphasis unless the whole post is shouted", () => {
    expect(scoreSentiment("this is GREAT")).toBeGreaterThan(scoreSentiment("this is great"));
    expect(scoreSentiment("THIS IS GREAT")).toBeCloseTo(scoreSentiment("this is great"));
  });

  it("adds emphasis for exclamation marks, up to four", () => {
    expect(scoreSentiment("great!")).toBeGreaterThan(scoreSentiment("great"));
    expect(scoreSentiment("great!!!")).toBeGreaterThan(scoreSentiment("great!"));
    expect(scoreSentiment("awful!!!")).toBeLessThan(scoreSentiment("awful"));
    expect(scoreSentiment("great!!!!!!!!")).toBe(scoreSentiment("great!!!!"));
  });

  it("scores emoji and emoticons, and more of them count more", () => {
    expect(scoreSentiment("😍")).toBeGreaterThan(0);
    expect(scoreSentiment("🤬")).toBeLessThan(0);
    expect(scoreSentiment("❤️")).toBeGreaterThan(0);
    expect(scoreSentiment("new phone 🔥🔥🔥")).toBeGreaterThan(scoreSentiment("new phone 🔥"));
    expect(scoreSentiment("arrived today :)")).toBeGreaterThan(0);
    expect(scoreSentiment("arrived today :(")).toBeLessThan(0);
    expect(scoreSentiment("note:pick up at noon")).toBe(0);
    // VADER's reversed and browed faces; a bracket before a colon in prose is not a face.
    expect(scoreSentiment("see you soon (:")).toBeGreaterThan(0);
    expect(scoreSentiment("missed it ):")).toBeLessThan(0);
    expect(scoreSentiment("fine >:(")).toBeLessThan(scoreSentiment("fine :("));
    expect(scoreSentiment("the options (see below): pick one")).toBe(0);
    expect(scoreSentiment("^_^")).toBeGreaterThan(0);
    expect(scoreSentiment("-_-")).toBeLessThan(0);
  });

  it("knows VADER's idioms", () => {
    expect(scoreSentiment("this album is the bomb")).toBeGreaterThan(0.5);
    expect(scoreSentiment("yeah right")).toBeLessThan(0);
    expect(scoreSentiment("oh no")).toBeLessThan(0);
  });

  it("weights the clause after 'but' over the one before it", () => {
    expect(scoreSentiment("the screen is great but the battery is awful")).toBeLessThan(0);
    expect(scoreSentiment("the battery is awful but the screen is great")).toBeGreaterThan(0);
    // "but" alone is VADER's contrast word.
    expect(scoreSentiment("the screen is great, however the battery is awful")).toBeCloseTo(
      scoreSentiment("the screen is great, the battery is awful"),
      5,
    );
  });

  it("knows social slang", () => {
    expect(scoreSentiment("meh")).toBeLessThan(0);
    expect(scoreSentiment("ugh")).toBeLessThan(0);
    expect(scoreSentiment("this app sucks")).toBeLessThan(0);
    expect(scoreSentiment("this app is awesome")).toBeGreaterThan(0);
    expect(scoreSentiment("this pizza slaps")).toBeGreaterThan(0);
  });

  it("knows tweet slang, laughter and idioms VADER's lexicon lacks", () => {
    expect(scoreSentiment("so stoked for the weekend")).toBeGreaterThan(0.3);
    expect(scoreSentiment("that video was so cringe")).toBeLessThan(-0.3);
    expect(scoreSentiment("not too shabby")).toBeGreaterThan(0);
    expect(scoreSentiment("I can't stand this weather")).toBeLessThan(-0.3);
    expect(scoreSentiment("I'm so over it")).toBeLessThan(-0.3);
    expect(scoreSentiment("hahahaha")).toBeGreaterThanOrEqual(scoreSentiment("haha"));
    expect(scoreSentiment("lololol")).toBeGreaterThan(0);
    expect(scoreSentiment("hello there")).toBe(0);
    expect(scoreSentiment("omg I love it")).toBeGreaterThan(scoreSentiment("I love it"));
    expect(scoreSentiment("omg this is awful")).toBeLessThan(scoreSentiment("this is awful"));
    // "could be worse" is relief, "could be better" a complaint.
    expect(scoreSentiment("could be worse")).toBeGreaterThan(0);
    expect(scoreSentiment("could be better")).toBeLessThan(0);
    expect(scoreSentiment("my best friend lied to me")).toBeLessThan(0);
  });

  it("reads 'best friend' as a person, but a thing that is someone's best friend as praise", () => {
    // VADER reads "best" (3.2) and "friend" (2.2) as praise wherever they stand.
    expect(scoreSentiment("coffee is my best friend")).toBeGreaterThan(0.4);
    expect(scoreSentiment("you are the best friend anyone could ask for")).toBeGreaterThan(0.4);
    expect(scoreSentiment("my best friend is mad at me")).toBeLessThan(0);
    expect(scoreSentiment("my best friend lied to me")).toBeLessThan(0);
  });

  it("reads disasters, sleeplessness, unkindness and achievement that VADER's lexicon lacks", () => {
    expect(scoreSentiment("Breaking: earthquake hits the coast")).toBeLessThan(-0.3);
    expect(scoreSentiment("can't sleep again")).toBeLessThan(-0.2);
    expect(scoreSentiment("why is everyone so mean")).toBeLessThan(-0.3);
    expect(scoreSentiment("I mean, it's fine")).toBeGreaterThan(0);
    expect(scoreSentiment("We did it!")).toBeGreaterThan(0.5);
  });

  it("reads a wish about how things are as regret and a wish for someone as kindness", () => {
    expect(scoreSentiment("I wish I could go")).toBeLessThan(0);
    expect(scoreSentiment("wish it wasn't so cold")).toBeLessThan(0);
    expect(scoreSentiment("wish me luck")).toBeGreaterThan(0);
    expect(scoreSentiment("wish you all the best")).toBeGreaterThan(0.3);
  });

  it("rates 'like' as the verb only, not as the preposition or filler", () => {
    expect(scoreSentiment("I feel like crap")).toBeLessThan(-0.3);
    expect(scoreSentiment("looks like rain again")).toBe(0);
    expect(scoreSentiment("it was like so cold")).toBe(0);
    expect(scoreSentiment("you like it")).toBeGreaterThan(0);
    expect(scoreSentiment("we actually like the new layout")).toBeGreaterThan(0);
    expect(scoreSentiment("I don't like it")).toBeLessThan(0);
  });

  it("reads a rated word right before another sentiment word as a degree, not a feeling", () => {
    expect(scoreSentiment("pretty bad")).toBeLessThan(0);
    expect(scoreSentiment("pretty bad")).toBeGreaterThan(scoreSentiment("bad"));
    expect(scoreSentiment("she is so pretty")).toBeGreaterThan(0.3);
    expect(scoreSentiment("that's crazy good")).toBeGreaterThan(scoreSentiment("that's good"));
    expect(scoreSentiment("that's crazy")).toBeLessThan(0);
    expect(scoreSentiment("a huge disappointment")).toBeLessThan(
      scoreSentiment("a disappointment"),
    );
  });

  it("pools many feeling words in social posts and reviews instead of adding them up", () => {
    // Three mild words are not a stronger post than one strong word, as VADER's plain sum makes them.
    expect(vaderCompound("good, nice, fine")).toBeGreaterThan(vaderCompound("amazing"));
    for (const kind of ["social", "reviews"] as const) {
      expect(scoreSentiment("good, nice, fine", kind)).toBeLessThan(
        scoreSentiment("amazing", kind),
      );
      // A second word of the same sign still adds.
      expect(scoreSentiment("great and fun", kind)).toBeGreaterThan(scoreSentiment("great", kind));
      // A word only a negation makes a feeling ("no service") does not dilute the pool.
      expect(scoreSentiment("worst service ever", kind)).toBeCloseTo(
        scoreSentiment("worst", kind),
        5,
      );
    }
    // Support tickets keep VADER's sum: pooling lost r on their rated sets.
    expect(scoreSentiment("good, nice, fine", "support")).toBeGreaterThan(
      scoreSentiment("amazing", "support"),
    );
  });

  it("keeps VADER's raters' word ratings on social posts and re-rates them for tickets", () => {
    // VADER's raters rated "lol" 1.8 and "pretty" 2.2; in a ticket "lol" is as often
    // exasperated as amused, and "pretty" is a hedge ("pretty slow").
    expect(scoreSentiment("lol")).toBeGreaterThan(0.3);
    expect(scoreSentiment("lol", "support")).toBeLessThan(0.2);
    expect(scoreSentiment("she is so pretty")).toBeGreaterThan(0.3);
    // The support department is not the kindness VADER's raters rated.
    expect(scoreSentiment("thanks for all the support!")).toBeGreaterThan(0.5);
    expect(scoreSentiment("support ticket submitted")).toBe(0);
    // After a company or product name, "support" is the department too.
    expect(scoreSentiment("Acme support took 3 days to answer. Terrible service.")).toBeLessThan(
      scoreSentiment("support took 3 days to answer. Terrible service."),
    );
    expect(scoreSentiment("Acme support")).toBe(0);
    expect(scoreSentiment("please help, my order is missing", "support")).toBeLessThan(0);
  });

  it("knows customer-support language", () => {
    const ticket = (text: string) => scoreSentiment(text, "support");
    expect(ticket("still waiting on my refund")).toBeLessThan(-0.3);
    expect(ticket("my washer is broken")).toBeLessThan(-0.3);
    expect(ticket("on hold for an hour")).toBeLessThan(0);
    expect(ticket("thanks so much")).toBeGreaterThan(ticket("thanks"));
    expect(ticket("Still not fixed. This is the fourth ticket I've opened.")).toBeLessThan(-0.3);
    expect(ticket("Thanks, that fixed it!")).toBeGreaterThan(0.5);
  });

  it("reads review scores", () => {
    const review = (text: string) => scoreSentiment(text, "reviews");
    expect(review("10/10 would buy again")).toBeGreaterThan(0);
    expect(review("2/10")).toBeLessThan(0);
    expect(review("5 stars")).toBeGreaterThan(0);
    expect(review("zero stars if I could")).toBeLessThan(0);
  });

  /** Clear cases every kind of text must read alike: VADER's own rules and Parley's emoji. */
  it.each(TEXT_KINDS)("reads negation, 'but', emoticons and capitals in %s", (kind) => {
    const score = (text: string) => scoreSentiment(text, kind);
    expect(score("this is not good")).toBeLessThan(0);
    expect(score("No, this is great")).toBeGreaterThan(0);
    expect(score("the screen is great but the battery is awful")).toBeLessThan(0);
    expect(score("the battery is awful but the screen is great")).toBeGreaterThan(0);
    expect(score("arrived today :)")).toBeGreaterThan(0);
    expect(score("arrived today :(")).toBeLessThan(0);
    expect(score("this is GREAT")).toBeGreaterThan(score("this is great"));
    expect(score("I'm so disappointed")).toBeLessThan(-0.3);
    expect(score("Thank you so much, this was excellent!")).toBeGreaterThan(0.5);
  });

  it("reads slang praise as praise and keeps the literal sense elsewhere", () => {
    expect(scoreSentiment("you killed it up there tonight")).toBeGreaterThan(0.4);
    expect(scoreSentiment("he killed it")).toBeGreaterThan(0);
    expect(scoreSentiment("killer set from the band last night")).toBeGreaterThan(0.3);
    expect(scoreSentiment("that killer in the documentary gave me chills")).toBeLessThan(0);
    expect(scoreSentiment("sick beat on this one")).toBeGreaterThan(0.3);
    expect(scoreSentiment("called in sick today")).toBeLessThan(0);
    expect(scoreSentiment("her new album is fire")).toBeGreaterThan(0.3);
    expect(scoreSentiment("house fire on our street")).toBeLessThan(0);
  });

  it("reads idioms of loss and letdown that VADER's words miss", () => {
    expect(scoreSentiment("grandpa passed away this morning")).toBeLessThan(-0.4);
    expect(scoreSentiment("just got stood up")).toBeLessThan(-0.3);
    expect(scoreSentiment("studying for finals, send help")).toBeLessThan(0);
    expect(scoreSentiment("my heart is so full tonight")).toBeGreaterThan(0.4);
    expect(scoreSentiment("feeling really down today")).toBeLessThan(-0.3);
    expect(scoreSentiment("I'm not ok")).toBeLessThan(-0.3);
    expect(scoreSentiment("I'm not ok")).toBeLessThan(scoreSentiment("I'm not happy") + 0.1);
  });

  it("does not read a request for something good, or being free for a call, as a feeling", () => {
    expect(
      Math.abs(scoreSentiment("anyone know a good place to get tacos around here?")),
    ).toBeLessThan(0.1);
    expect(scoreSentiment("are you free for a call tomorrow?")).toBe(0);
    expect(scoreSentiment("free coffee at work today!")).toBeGreaterThan(0.3);
    expect(scoreSentiment("this pizza place is good")).toBeGreaterThan(0.3);
  });

  it("reads a hope for a better tomorrow as a bad today, not as praise", () => {
    expect(scoreSentiment("I hope tomorrow is better than today")).toBeLessThan(0);
    expect(scoreSentiment("hope you have a great day")).toBeGreaterThan(0.5);
  });

  it("reads misspelled feeling words as the words they misspell", () => {
    expect(scoreSentiment("realy disapointed with the ending")).toBeLessThan(-0.3);
    expect(scoreSentiment("soooo hapy rn")).toBeGreaterThan(0.3);
    expect(scoreSentiment("not hapy")).toBeLessThan(0);
  });

  it("reads crying and 'dead' as laughter or joy beside praise, and as grief alone", () => {
    expect(scoreSentiment("laughing so hard i cried 😂😂")).toBeGreaterThan(
      scoreSentiment("laughing so hard 😂😂"),
    );
    expect(scoreSentiment("ok this made me cry 😭 so beautiful")).toBeGreaterThan(0.4);
    expect(scoreSentiment("dead 💀 this is the funniest thing all week")).toBeGreaterThan(0.4);
    expect(scoreSentiment("my cat knocked my coffee onto my laptop 😭😭")).toBeLessThan(-0.3);
    expect(scoreSentiment("I cried all night, so sad")).toBeLessThan(scoreSentiment("so sad"));
    expect(scoreSentiment("i'm dead tired")).toBeLessThan(0);
  });

  it("reads praise standing alone beside a setback as irony", () => {
    expect(scoreSentiment("Lost my keys for the third time this week. Great.")).toBeLessThan(0);
    expect(scoreSentiment("My flight got delayed 3 hours. Awesome. Just awesome.")).toBeLessThan(0);
    expect(scoreSentiment("Great. Just great. My car got towed.")).toBeLessThan(0);
    expect(scoreSentiment("Oh great, another meeting that could have been an email")).toBeLessThan(
      0,
    );
    expect(scoreSentiment("love how my phone dies at 40% battery")).toBeLessThan(0);
    expect(scoreSentiment("best day ever. not.")).toBeLessThan(0);
    // Praise with nothing bad beside it, or weighed against it with "but", is meant.
    expect(scoreSentiment("Got the tickets. Great!")).toBeGreaterThan(0.4);
    expect(scoreSentiment("That's just great, now my car won't start")).toBeLessThan(0);
    expect(scoreSentiment("got the job!! that's great")).toBeGreaterThan(0.4);
    expect(scoreSentiment("that's awesome man, congrats")).toBeGreaterThan(0.4);
    expect(scoreSentiment("love how happy she is")).toBeGreaterThan(0.4);
    expect(scoreSentiment("lol I love how the app remembers my weird snacks")).toBeGreaterThan(0.3);
    expect(scoreSentiment("the wait was bad but the food? Great.")).toBeGreaterThan(0);
    expect(scoreSentiment("the hotel was awful. great beach though")).toBeLessThan(
      scoreSentiment("great beach though"),
    );
    // A faint word is no setback, negated or not.
    expect(scoreSentiment("excellent. then my typing wouldn't matter")).toBeGreaterThan(0.4);
    expect(scoreSentiment("yay! the show is on! waiting for the activation email")).toBeGreaterThan(
      0.4,
    );
  });

  it("reads text from social APIs as written, not its HTML escapes", () => {
    // "gt" is a token VADER's raters rated (1.1): "&gt;" must not read as praise.
    expect(scoreSentiment("so annoying when I have to Play &gt; Stop &gt; Rewind")).toBeCloseTo(
      scoreSentiment("so annoying when I have to Play > Stop > Rewind"),
    );
    expect(scoreSentiment("so annoying when I have to Play &gt; Stop &gt; Rewind")).toBeLessThan(0);
    expect(scoreSentiment("bread &amp; butter &lt;3")).toBeCloseTo(
      scoreSentiment("bread & butter <3"),
    );
  });

  it("counts three words back for negators and boosters as VADER does, without one-letter words", () => {
    expect(scoreSentiment("getting a cat wouldn't be such a bad idea")).toBeGreaterThan(0);
    expect(scoreSentiment("it wouldn't be such a bad idea")).toBeCloseTo(
      scoreSentiment("it wouldn't be such bad idea"),
    );
  });

  it("reads a negated comparison with the past as a degree: 'haven't been this sore in a while'", () => {
    expect(scoreSentiment("Haven't been this sore in a while.")).toBeLessThan(-0.3);
    expect(scoreSentiment("I haven't felt this good in years")).toBeGreaterThan(0.3);
    expect(scoreSentiment("I haven't been happy lately")).toBeLessThan(0);
  });

  it("reads swearing right before a feeling as its degree, and alone as VADER rates it", () => {
    expect(scoreSentiment("freaking love that song")).toBeGreaterThan(
      scoreSentiment("love that song"),
    );
    expect(scoreSentiment("this looks pretty damn good")).toBeGreaterThan(0.3);
    expect(scoreSentiment("Damn, running late again.")).toBeLessThan(0);
  });

  it("reads capitals beside an @handle as emphasis, as VADER counts the handle as text", () => {
    expect(scoreSentiment("@anna THAT IS SO COOL!")).toBeGreaterThan(
      scoreSentiment("THAT IS SO COOL!"),
    );
  });

  it("reads killing time as passing it", () => {
    expect(scoreSentiment("gonna have to kill some time before meeting my dad")).toBe(0);
    expect(scoreSentiment("killing time at the airport")).toBe(0);
    expect(scoreSentiment("I will kill you")).toBeLessThan(-0.3);
  });

  it("reads a face run into a word as the end of a bracket it closes, not as a smile", () => {
    expect(scoreSentiment("(see below:)")).toBe(0);
    expect(scoreSentiment("[potentially startling admission:] I hated that book :(")).toBeCloseTo(
      scoreSentiment("potentially startling admission. I hated that book :("),
    );
    expect(scoreSentiment("thanks:)")).toBeGreaterThan(0.3);
  });

  it("reads giveaways, requests and hedges in social posts weaker than their words alone", () => {
    const withVaderRatings = { ...SENTIMENT_PROFILES.social, tweetRatings: false };
    for (const post of ["Enter to #win a free gift basket", "please help", "yeah ok, hope so"]) {
      const tweet = scoreSentiment(post, "social");
      expect(tweet).toBeGreaterThan(0);
      expect(tweet).toBeLessThan(scoreWithProfile(post, withVaderRatings) - 0.1);
    }
    // Clear feelings keep VADER's ratings, and other kinds of text the customer re-ratings.
    expect(scoreSentiment("I love this", "social")).toBe(
      scoreWithProfile("I love this", withVaderRatings),
    );
    expect(scoreSentiment("please help", "support")).toBe(
      scoreWithProfile("please help", { ...SENTIMENT_PROFILES.support, tweetRatings: true }),
    );
  });

  it("only weakens a word in the tweet re-ratings, never strengthens it or turns its sign", () => {
    const table = wordTableFor({ ...SENTIMENT_PROFILES.social, tweetRatings: false });
    const social = wordTableFor(SENTIMENT_PROFILES.social);
    for (const [word, valence] of Object.entries(TWEET_VALENCES)) {
      const rated = table.get(word)?.valence ?? 0;
      expect(Math.sign(valence), word).toBe(Math.sign(rated));
      expect(Math.abs(valence), word).toBeLessThan(Math.abs(rated));
      // Every re-rating is what social posts read, words VADER lacks ("early") included.
      expect(social.get(word)?.valence, word).toBe(valence);
    }
  });

  it("reads a hyphenated compound whole where VADER's raters rated it, else by its last part", () => {
    expect(scoreSentiment("such a short-sighted plan")).toBeLessThan(0);
    expect(scoreSentiment("the new app is user-friendly")).toBeGreaterThan(0.3);
    expect(scoreSentiment("a life-threatening fall")).toBeLessThan(0);
    expect(scoreSentiment("he's fresh and relatively pain-free! Yay!")).toBeGreaterThan(0.5);
    expect(scoreSentiment("a stress-free weekend")).toBeGreaterThan(0);
    expect(scoreSentiment("the pain is free to come back")).toBeLessThan(
      scoreSentiment("a stress-free weekend"),
    );
  });

  it("lets a negator that is its clause's subject reach past three words", () => {
    expect(
      scoreSentiment("None of the suggestions in this thread worked for me.", "forum"),
    ).toBeLessThan(0);
    expect(scoreSentiment("nobody at the front desk was helpful")).toBeLessThan(0);
    // "not" keeps VADER's reach, and a sentiment word in between stops the subject's.
    expect(scoreSentiment("not that I expected the hotel to be great")).toBeGreaterThan(0);
    expect(scoreSentiment("nobody cares about my problems")).toBeLessThan(0);
    // A failure phrase it negates does not end its reach: the party did not happen either.
    expect(scoreSentiment("nobody showed up to my party")).toBeLessThan(-0.3);
    expect(scoreSentiment("nobody came to my party")).toBeLessThan(-0.2);
    // "hardly anyone" is "nobody"; "hardly" alone stays VADER's dampener.
    expect(scoreSentiment("hardly anyone showed up to the party")).toBeLessThan(-0.3);
    expect(scoreSentiment("barely anybody came to my birthday party")).toBeLessThan(-0.2);
    expect(scoreSentiment("I can barely contain my excitement!!!")).toBeGreaterThan(0.3);
  });

  it("reads a subject negator before 'should' or 'deserves' as condemning the trouble, not denying it", () => {
    expect(scoreSentiment("No one should go into debt to study creative writing.")).toBeLessThan(0);
    expect(scoreSentiment("nobody deserves this pain")).toBeLessThan(-0.3);
    expect(scoreSentiment("nobody should be happy about this")).toBeLessThan(0);
    expect(scoreSentiment("nobody ever got into debt over this")).toBeGreaterThan(0);
  });

  it("reads 'too much' and 'too many' as a complaint, but before praise as abundance", () => {
    expect(scoreSentiment("too much homework this weekend")).toBeLessThan(0);
    expect(scoreSentiment("too many ads on this site")).toBeLessThan(0);
    expect(scoreSentiment("had too much fun last night")).toBeGreaterThan(0.4);
    expect(scoreSentiment("way too many good movies out right now")).toBeGreaterThan(0.3);
  });

  it("reads 'nothing like a' as praise of what follows, and 'nothing like the' as no feeling", () => {
    expect(scoreSentiment("nothing like a hot shower after a long day")).toBeGreaterThan(0.3);
    expect(scoreSentiment("nothing like a good book")).toBeGreaterThan(0.3);
    expect(scoreSentiment("the sequel is nothing like the first one")).toBe(0);
  });

  /*
   * Session 27's VADER-faithfulness audit: tweets where Parley's extensions
   * had zeroed or flipped what VADER reads right.
   */
  it("never negates emoticons, emoji or laughter: they say how the whole post is meant", () => {
    expect(scoreSentiment("nobody came to the gym :D")).toBeGreaterThan(0.3);
    expect(scoreSentiment("Nobody is awake yet :(")).toBeLessThan(-0.3);
    expect(scoreSentiment("no one texted me back :(")).toBeLessThan(-0.3);
    expect(scoreSentiment("this song never gets old =)")).toBeGreaterThan(0.3);
    // The word itself still takes the negation.
    expect(scoreSentiment("not happy :(")).toBeLessThan(scoreSentiment(":("));
  });

  it("reads a degree word before laughter or a hashtag as the word, not a degree", () => {
    expect(scoreSentiment("we were so stupid lol")).toBeLessThan(0);
    expect(scoreSentiment("OMG WHY IS PIZZA SO STUPID #win")).toBeLessThan(0);
    expect(scoreSentiment("stupid good pizza")).toBeGreaterThan(0.3);
  });

  it("reads 'barely' and 'hardly' as VADER's dampeners except before a failure", () => {
    expect(scoreSentiment("I can barely contain my excitement!!!")).toBeGreaterThan(0.3);
    expect(scoreSentiment("so excited")).toBeGreaterThan(scoreSentiment("barely excited"));
    expect(scoreSentiment("it barely works")).toBeLessThan(0);
    expect(scoreSentiment("the charger hardly works", "support")).toBeLessThan(0);
  });

  it("drops a positive hashtag or 'aww' beside a setback, where it is irony or sympathy", () => {
    expect(scoreSentiment("Sick in bed #winning")).toBeLessThan(-0.3);
    expect(scoreSentiment("so stuck in traffic again #blessed")).toBeLessThan(-0.2);
    expect(scoreSentiment("love my family #blessed")).toBeGreaterThan(
      scoreSentiment("love my family"),
    );
    expect(scoreSentiment("#blessed")).toBeGreaterThan(0.3);
    expect(scoreSentiment("aww my phone broke")).toBeLessThan(-0.3);
    expect(scoreSentiment("aww lost my keys again")).toBeLessThan(0);
    expect(scoreSentiment("aww so cute")).toBeGreaterThan(0.4);
  });

  it("reads crying and 'dead' as laughter only beside real praise, and 'was dead' as lifeless", () => {
    expect(scoreSentiment("the party was dead")).toBeLessThan(0);
    expect(scoreSentiment("my phone is dead again")).toBeLessThan(0);
    expect(scoreSentiment("well crying over my new shoes!")).toBeLessThan(0);
    expect(scoreSentiment("I'm dead lol that video")).toBeGreaterThan(0.3);
    expect(scoreSentiment("crying laughing at my brother rn")).toBeGreaterThan(0.3);
  });

  it("reads every emoticon VADER's raters rated where it stands alone, as they spelled it", () => {
    for (const face of [
      ":3",
      ":')",
      ":'-(",
      ":>",
      ":<",
      ":}",
      "\\o/",
      ">.<",
      "(-:",
      "j/k",
      // Faces that start with a digit: the devil "3:-)" (-1.4) and the angel "0:-)".
      "3:-)",
      "0:-)",
      "3:(",
    ]) {
      const text = `just got home ${face}`;
      expect(Math.sign(scoreSentiment(text)), face).toBe(Math.sign(vaderCompound(text)));
      expect(scoreSentiment(text), face).not.toBe(0);
    }
    // "D:" is a horrified face (VADER's raters: -2.9), not the "d:" lowercasing merges it with.
    expect(scoreSentiment("failed my driving test D:")).toBeLessThan(
      scoreSentiment("failed my driving test"),
    );
    // Times and list numbers are not faces.
    expect(scoreSentiment("meeting moved to 0:03")).toBe(0);
    expect(scoreSentiment("7) bring snacks 8) bring chairs")).toBe(0);
  });

  it("reads 'decent' as mild praise, and a search for something decent as no feeling", () => {
    expect(scoreSentiment("decent workout today")).toBeGreaterThan(0.2);
    expect(scoreSentiment("Why is it so hard to find a decent apartment")).toBeLessThan(0);
  });

  it("reads the formulas of business email as the courtesy they are", () => {
    const email = (text: string) => scoreSentiment(text, "email");
    expect(email("Kindly find the invoice attached.")).toBe(0);
    expect(email("I hope this email finds you well.")).toBeLessThan(email("I hope you win"));
    expect(email("Sure, happy to jump on a call.")).toBeLessThan(email("I am so happy"));
    expect(email("Sure, happy to jump on a call.")).toBeGreaterThan(0);
  });

  it("reads a product named a beast as praise and a gift as no judgement", () => {
    expect(scoreSentiment("This blender is a beast.", "reviews")).toBeGreaterThan(0.3);
    expect(Math.abs(scoreSentiment("Bought this as a gift.", "reviews"))).toBeLessThan(0.1);
  });

  it("scores each message channel as its kind of text", () => {
    expect(TEXT_KIND_OF_CHANNEL.twitter).toBe("social");
    expect(TEXT_KIND_OF_CHANNEL.support_ticket).toBe("support");
    expect(TEXT_KIND_OF_CHANNEL.email).toBe("email");
    expect(TEXT_KIND_OF_CHANNEL.review).toBe("reviews");
    expect(TEXT_KIND_OF_CHANNEL.forum).toBe("forum");
  });

  it("stays within [-1, 1] and never throws on odd input", () => {
    const inputs = [
      "",
      "   ",
      "!!!!???",
      "\uD83D",
      "👩‍👩‍👧‍👦🏳️‍🌈",
      "très bien, c'est génial",
      "отлично 😍",
      "İSTANBUL",
      "LOVE ".repeat(5_000),
      "awful terrible horrible ".repeat(5_000),
      "good ".repeat(200_000),
    ];
    for (const text of inputs) {
      const score = scoreSentiment(text);
      expect(Number.isFinite(score)).toBe(true);
      expect(Math.abs(score)).toBeLessThanOrEqual(1);
    }
    expect(scoreSentiment(undefined as unknown as string)).toBe(0);
  });

  it("agrees with the hand-labelled evaluation sets", () => {
    expect(polarityAgreement(readPolaritySet(), scoreSentiment)).toBeGreaterThanOrEqual(0.85);
    const graded = readGradedSet();
    const correlation = pearsonCorrelation(
      graded.map((example) => scoreSentiment(example.text)),
      graded.map((example) => example.rating),
    );
    expect(correlation).toBeGreaterThanOrEqual(0.85);
  });

  /*
   * Issue 17: at least plain VADER on every kind of text Parley ingests. Both
   * scorers run on the same rated texts here; nothing below is a stored figure.
   */
  describe.each(RATED_SETS)("on the rated $name texts", ({ name, kind }) => {
    const examples = SENTIMENT_SPLITS.flatMap((split) => readRatedSet(name, split));
    const parley = scoreRatedSet(examples, (text) => scoreSentiment(text, kind));
    const vader = scoreRatedSet(examples, vaderCompound);

    it("correlates with the ratings at least as well as stock VADER", () => {
      expect(examples.length).toBeGreaterThanOrEqual(100);
      expect(parley.correlation).toBeGreaterThanOrEqual(vader.correlation);
    });

    it("gets the sign of clearly positive and negative texts right at least as often as stock VADER", () => {
      expect(parley.clearAgreement).toBeGreaterThanOrEqual(vader.clearAgreement);
    });

    it("is closer to the ratings on average than stock VADER", () => {
      expect(parley.meanAbsoluteError).toBeLessThanOrEqual(vader.meanAbsoluteError);
    });
  });

  it.each(RATED_SETS)(
    "is at least stock VADER on the held-out $name texts too",
    ({ name, kind }) => {
      const holdout = readRatedSet(name, "holdout");
      const parley = scoreRatedSet(holdout, (text) => scoreSentiment(text, kind));
      const vader = scoreRatedSet(holdout, vaderCompound);
      expect(parley.correlation).toBeGreaterThanOrEqual(vader.correlation);
      expect(parley.clearAgreement).toBeGreaterThanOrEqual(vader.clearAgreement);
    },
  );
});
