// What a player's stream does by itself. Answered with an error (a 503 while the database restarts, a
// 502 from a proxy whose instance went away), it is one the browser's EventSource never retries: the
// player's page opens a new one, waiting longer each time, and the game carries on from the version it
// held. And with no host page open, the timer alone reveals the answer on the players' screens on time.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signUpAndSignIn } from "./helpers/auth";
import { getTestBank } from "./helpers/bank";

const bank = getTestBank();
const choice = [...bank.questions.values()].filter((q) => q.type === "multiple_choice").slice(0, 2);

/** A teacher's page and a player's, each in its own browser context. */
async function hostAndPlayer(browser: Browser) {
  const contexts = [await browser.newContext(), await browser.newContext()] as const;
  return { host: await contexts[0].newPage(), player: await contexts[1].newPage(), close: () => Promise.all(contexts.map((c) => c.close())) };
}

async function hostGame(host: Page, seconds: number) {
  await signUpAndSignIn(host, "teacher");
  const made = await host.request.post("/api/games", { data: { source: "questions", questionIds: choice.map((q) => q.id), count: 2, seconds } });
  expect(made.status(), await made.text()).toBe(201);
  return (await made.json()) as { id: string; pin: string };
}

async function join(player: Page, pin: string, nickname: string) {
  await player.goto(`/play?pin=${pin}`);
  await player.getByLabel("Nickname").fill(nickname);
  await player.getByRole("button", { name: "Join" }).click();
  await expect(player.getByTestId("player-status")).toContainText(`You are in, ${nickname}`);
}

test("a player whose stream is refused comes back by itself and sees the next question", async ({ browser }) => {
  const { host, player, close } = await hostAndPlayer(browser);
  const game = await hostGame(host, 60);

  // The player's stream is refused, as while PostgreSQL restarts, from the moment they join.
  let refused = 0;
  await player.route(`**/api/games/${game.id}/events**`, async (route) => {
    refused++;
    await route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: { code: "database_unavailable", message: "The database is restarting." } }) });
  });
  await join(player, game.pin, "Resilient");
  await expect(player.getByTestId("player-status")).toContainText("reconnecting");
  // Refused, the page tries again (after 1 s, then 2 s): the browser alone would have stopped at one.
  await expect.poll(() => refused, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);

  // The host starts while the player is cut off; once streams are served again the page catches up.
  expect((await host.request.post(`/api/games/${game.id}/control`, { data: { action: "start" } })).status()).toBe(200);
  await player.unroute(`**/api/games/${game.id}/events**`);
  await expect(player.locator(`form[data-question-id="${choice[0]!.id}"]`)).toBeVisible({ timeout: 20_000 });
  await expect(player.getByTestId("player-status")).not.toContainText("reconnecting");
  await close();
});

test("with no host page open, the timer alone reveals the answer on the players' screens", async ({ browser }) => {
  const { host, player, close } = await hostAndPlayer(browser);
  const game = await hostGame(host, 5);
  await join(player, game.pin, "Patient");
  expect((await host.request.post(`/api/games/${game.id}/control`, { data: { action: "start" } })).status()).toBe(200);
  const started = Date.now();
  await host.close();
  await expect(player.locator(`form[data-question-id="${choice[0]!.id}"]`)).toBeVisible();
  // 5 s and the 1 s grace for answers on their way; then the player's own stream looks again and the
  // reveal shows, long before the 15 s heartbeat would have found it.
  await expect(player.getByTestId("player-status")).toContainText("Time is up: you did not answer", { timeout: 12_000 });
  expect(Date.now() - started).toBeLessThan(10_000);
  await close();
});
