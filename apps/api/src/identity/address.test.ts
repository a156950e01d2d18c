import { describe, expect, it } from "vitest";
import { addressInLocation, countryCode, normalizeAddress, parseAddress } from "./address.ts";

describe("normalizeAddress", () => {
  it("writes street types out, codes regions and countries, and cleans case and whitespace", () => {
    expect(
      normalizeAddress({
        street: " 5  high st. ",
        city: "MELBOURNE",
        postcode: " 3000 ",
        region: "victoria",
        country: "Australia",
      }),
    ).toEqual({
      street: "5 High Street",
      city: "Melbourne",
      postcode: "3000",
      region: "VIC",
      country: "AU",
    });
    expect(normalizeAddress({ street: "1 Elm Rd", country: "United States of America" })).toEqual({
      street: "1 Elm Road",
      country: "US",
    });
    expect(normalizeAddress({ city: "  " })).toBeUndefined();
  });

  it("reads St before a name as Saint", () => {
    expect(normalizeAddress({ street: "12 St Kilda Rd" })!.street).toBe("12 Saint Kilda Road");
  });
});

describe("parseAddress", () => {
  it("splits one string into street, city, region, postcode and country", () => {
    expect(parseAddress("Unit 4, 12 Smith St, Richmond VIC 3121, Australia")).toEqual({
      street: "Unit 4 12 Smith Street",
      city: "Richmond",
      postcode: "3121",
      region: "VIC",
      country: "AU",
    });
    expect(parseAddress("12 Smith Street Richmond 3121")).toEqual({
      street: "12 Smith Street",
      city: "Richmond",
      postcode: "3121",
    });
    expect(parseAddress("1600 Pennsylvania Ave NW, Washington, DC 20500, USA")).toEqual({
      street: "1600 Pennsylvania Avenue NW",
      city: "Washington",
      postcode: "20500",
      region: "DC",
      country: "US",
    });
  });
});

describe("addressInLocation", () => {
  it("finds an address in a free-text location, and leaves places alone", () => {
    expect(addressInLocation("4/12 Smyth St Richmond VIC 3121")).toMatchObject({
      street: "4/12 Smyth Street",
      postcode: "3121",
    });
    // Pl after a house number is Place, not Poland, even beside a cut postcode.
    expect(addressInLocation("27 Canterbury Pl, TAS 249")).toEqual({
      street: "27 Canterbury Place",
      postcode: "249",
      region: "TAS",
    });
    expect(addressInLocation("Berlin, Germany")).toBeNull();
    expect(addressInLocation("Austin, TX")).toBeNull();
  });

  it("knows country names and codes, and nothing else", () => {
    expect([countryCode("Deutschland"), countryCode("gbr"), countryCode("Atlantis")]).toEqual([
      "DE",
      "GB",
      null,
    ]);
  });
});
