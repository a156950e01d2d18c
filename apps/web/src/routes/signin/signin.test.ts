import { fireEvent, render, screen } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";

const navigation = vi.hoisted(() => ({ goto: vi.fn(async () => {}) }));
const appState = vi.hoisted(() => ({ page: { url: new URL("http://parley.test/signin") } }));
vi.mock("$app/navigation", () => navigation);
vi.mock("$app/state", () => appState);

const { session } = await import("$lib/auth.svelte.ts");
const { default: SignIn } = await import("./+page.svelte");

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function signInWith(key: string) {
  await fireEvent.input(screen.getByLabelText("API key"), { target: { value: key } });
  await fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
}

describe("the sign-in page", () => {
  const fetch = vi.fn<typeof globalThis.fetch>();

  beforeEach(() => {
    vi.stubGlobal("fetch", fetch);
    session.signOut();
    appState.page.url = new URL("http://parley.test/signin");
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    fetch.mockReset();
    navigation.goto.mockClear();
  });

  test("a refused key shows the API's reason, is not remembered and goes nowhere", async () => {
    fetch.mockResolvedValue(answer(401, { errors: [{ message: "Unknown API key" }] }));
    render(SignIn);
    await signInWith("not-a-real-key-0000");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Sign-in failed");
    expect(alert.textContent).toContain("That API key was not accepted: Unknown API key.");
    expect(localStorage.getItem("parley.apiKey")).toBeNull();
    expect(navigation.goto).not.toHaveBeenCalled();
  });

  test("an unreachable API reads differently from a refused key", async () => {
    fetch.mockRejectedValue(new TypeError("Failed to fetch"));
    render(SignIn);
    await signInWith("some-key-0000000000");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Cannot reach the Parley API at");
    expect(alert.textContent).toContain("(Failed to fetch)");
  });

  test("an accepted key is checked with the viewer query, remembered, and opens the page asked for", async () => {
    fetch.mockResolvedValue(
      answer(200, { data: { viewer: { name: "wall display", role: "VIEWER" } } }),
    );
    appState.page.url = new URL("http://parley.test/signin?next=%2Fpeople%3Fq%3Dmaya");
    render(SignIn);
    await signInWith("  viewer-key-000000  ");
    await vi.waitFor(() =>
      expect(navigation.goto).toHaveBeenCalledWith("/people?q=maya", { replaceState: true }),
    );
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe("/graphql");
    expect((init?.headers as Record<string, string>).authorization).toBe(
      "Bearer viewer-key-000000",
    );
    expect(JSON.parse(String(init?.body)).query).toContain("query SignInViewer");
    expect(localStorage.getItem("parley.apiKey")).toBe("viewer-key-000000");
    expect(session.viewer).toEqual({ name: "wall display", role: "VIEWER" });
  });

  test("a next link to another site opens the overview instead", async () => {
    fetch.mockResolvedValue(answer(200, { data: { viewer: { name: "admin", role: "ADMIN" } } }));
    appState.page.url = new URL("http://parley.test/signin?next=%2F%2Fevil.example%2Fphish");
    render(SignIn);
    await signInWith("admin-key-00000000");
    await vi.waitFor(() =>
      expect(navigation.goto).toHaveBeenCalledWith("/", { replaceState: true }),
    );
  });

  test("the button waits for a key, and reads Checking… while the key is checked", async () => {
    let reply!: (response: Response) => void;
    fetch.mockReturnValue(new Promise((resolve) => (reply = resolve)));
    render(SignIn);
    const button = screen.getByRole("button", { name: "Sign in" }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    await fireEvent.input(screen.getByLabelText("API key"), { target: { value: "   " } });
    expect(button.disabled).toBe(true);
    await signInWith("admin-key-00000000");
    expect(button.textContent).toBe("Checking…");
    expect(button.disabled).toBe(true);
    reply(answer(200, { data: { viewer: { name: "admin", role: "ADMIN" } } }));
    await vi.waitFor(() => expect(button.textContent).toBe("Sign in"));
  });
});
