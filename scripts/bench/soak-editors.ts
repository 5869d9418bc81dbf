// The soak's editors (scripts/bench/soak.ts): one Chromium, a browser context per editor (cookies of
// its own), each signed in through the login form as its own account, editing its own article the
// way a person does: a new title, one more line of body, the save button, a look at what the editor
// says, and again a few seconds later. Every save carries a marker of its own in the title and the
// line, so that the database can be asked afterwards for exactly what was saved.
//
// A save is acknowledged only when the editor shows it saved: the page the save redirected to says
// so and holds the next version of the article. A refusal or "not saved" once the save is over (its
// button usable again), the error page, or either still shown when the wait is over, is an error
// shown; nothing but "saving" within the wait is no answer.
// After "not saved, trying again" the editor waits, as that message asks, for its own retry to say
// saved; otherwise it reloads the article (as a person would, to see where things stand) and goes on
// from its current version. An error shown while the save is still under way (an autosave's answer:
// one can run beside a slow save) is noted, and the save's own answer waited for.
import { randomBytes } from "node:crypto";
import { chromium, type Browser, type BrowserContext, type Page, type Request } from "@playwright/test";
import { chromiumPath } from "../../e2e/support/config";
import { getMessages } from "@/lib/i18n";

export interface EditorAccount {
  label: string;
  email: string;
  password: string;
  /** The app server this editor works on. */
  base: string;
  articleId: number;
}

export interface SaveAttempt {
  n: number;
  title: string;
  /** The line this save added to the body. */
  line: string;
  /** In both the title and the line, and in no other save. */
  marker: string;
  /** "unusable": the editor could not be typed into (no save was sent). */
  outcome: "acknowledged" | "error" | "no-answer" | "unusable";
  /** What the editor showed instead of the confirmation (or, acknowledged, before it). */
  shown?: string;
  /** From the click to the confirmation or the error, in ms. */
  ms: number;
  /** The article's version the editor showed after the save. */
  version?: number;
  /**
   * After "not saved, trying again", the editor's own retry (an autosave) said it saved the text: the
   * editor waits for that, as the message asks, rather than reloading.
   */
  autosavedAfter?: boolean;
}

export interface EditorRun {
  account: EditorAccount;
  saves: SaveAttempt[];
  /** Responses of 500 and up the browser received while editing (the save's POST, the page after it). */
  serverErrors: string[];
  /** The editor's requests to the admin while saving (server actions and pages), for reading afterwards. */
  trace: TraceEntry[];
}

export interface TraceEntry {
  /** ms since the editor started saving. */
  at: number;
  method: string;
  path: string;
  /** "autosave", "save"… for a server action; empty for a page. */
  intent: string;
  /** The status (and, when its body did not arrive whole, the network error). */
  result: string;
  /** Until the response's headers, and until its end (or failure). */
  headersMs?: number;
  ms: number;
}

export interface Editors {
  run(seconds: number): Promise<EditorRun[]>;
  close(): Promise<void>;
}

const messages = getMessages("zh-CN");
const TEXT = {
  email: messages.auth.email,
  password: messages.auth.password,
  signIn: messages.auth.signIn,
  title: messages.admin.ui.articleFields.fields.title.label,
  saved: messages.admin.editPage.notices.saved ?? "已保存",
  refused: prefix(messages.admin.ui.editor.saveRefused),
  failed: prefix(messages.admin.ui.editor.saveFailed),
  unreachable: messages.admin.ui.editor.saveUnreachable,
  autosaved: prefix(messages.admin.ui.editor.autosaved),
  errorPage: messages.errorPage.title,
};

/** The fixed start of a message with a {placeholder}. */
function prefix(message: string): string {
  return message.split("{")[0] ?? message;
}

/** How long a save may take before it counts as unanswered. */
const ANSWER_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Shown {
  version: string | null;
  url: string;
  notices: string;
  alert: string;
  autosave: string;
  heading: string;
  /** The save button is disabled: a save the editor asked for is under way. */
  pending: boolean;
}

/** What the page shows now; undefined while it is between documents. */
async function shown(page: Page): Promise<Shown | undefined> {
  try {
    return await page.evaluate(() => {
      // The workflow panel's forms beside it carry a version too: only the editor's own counts.
      const form = document.querySelector('[data-testid="editor-actions"]')?.closest("form");
      return {
        version: form?.querySelector<HTMLInputElement>('input[name="version"]')?.value ?? null,
        url: location.href,
        notices: [...document.querySelectorAll('[role="status"]')].map((node) => node.textContent ?? "").join(" | "),
        alert: [...(form?.querySelectorAll('[role="alert"]') ?? [])].map((node) => node.textContent ?? "").join(" | "),
        autosave: form?.querySelector('[data-testid="autosave-status"]')?.textContent ?? "",
        heading: document.querySelector("main h1")?.textContent ?? "",
        pending: form?.querySelector<HTMLButtonElement>('button[name="intent"][value="save"]')?.disabled ?? false,
      };
    });
  } catch {
    return undefined;
  }
}

function errorShown(state: Shown): string | undefined {
  if (state.alert) return state.alert;
  if (state.autosave.startsWith(TEXT.refused) || state.autosave.startsWith(TEXT.failed)) return state.autosave;
  if (state.heading === TEXT.errorPage) return `error page (${state.url})`;
  return undefined;
}

/** Opens the article's editor (signing in first when the server asks) and waits for its form. */
async function openEditor(page: Page, account: EditorAccount): Promise<void> {
  await page.goto(`${account.base}/admin/articles/${account.articleId}`);
  if (new URL(page.url()).pathname === "/login") {
    await page.getByLabel(TEXT.email).fill(account.email);
    await page.getByLabel(TEXT.password).fill(account.password);
    await page.getByRole("button", { name: TEXT.signIn }).click();
    await page.waitForURL((url) => url.pathname === `/admin/articles/${account.articleId}`, { timeout: 60_000 });
  }
  await page.getByTestId("editor-actions").waitFor({ timeout: 60_000 });
}

/** Waits for the editor's retries after a failed save: true once one says saved, false on a refusal or none in time. */
async function retrySaves(page: Page): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < ANSWER_MS; await sleep(250)) {
    const state = await shown(page);
    if (state?.autosave.startsWith(TEXT.autosaved)) return true;
    if (!state || state.autosave.startsWith(TEXT.refused) || state.heading === TEXT.errorPage) return false;
  }
  return false;
}

async function saveOnce(page: Page, account: EditorAccount, n: number): Promise<SaveAttempt> {
  const marker = `soak-${account.label}-${n}-${randomBytes(3).toString("hex")}`;
  const before = await shown(page);
  const title = `压测修改第${n}次 ${marker}`;
  const line = `第${n}次修改的正文 ${marker}`;
  await page.getByLabel(TEXT.title, { exact: true }).fill(title);
  const body = page.getByTestId("rich-editor");
  await body.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  await page.keyboard.insertText(line);
  await body.getByText(marker).waitFor();
  // A person looks over what they wrote before pressing save.
  await sleep(300);
  const started = Date.now();
  // The button the save shortcut presses too: "保存并更新" on a published article, "保存草稿" on a draft.
  await page.getByTestId("editor-actions").locator('button[name="intent"][value="save"]').click();
  const attempt = { n, title, line, marker, ms: 0 };
  let meanwhile: string | undefined;
  while (Date.now() - started < ANSWER_MS) {
    await sleep(100);
    const state = await shown(page);
    if (!state) continue;
    const newVersion = state.version !== null && state.version !== before?.version;
    if (newVersion && state.url.includes("notice=saved") && state.notices.includes(TEXT.saved)) {
      const ms = Date.now() - started;
      return { ...attempt, outcome: "acknowledged", ms, version: Number(state.version), shown: meanwhile };
    }
    const error = errorShown(state);
    // Just after the click the button may not be disabled yet: the first half second is not "over".
    const over = !state.pending && Date.now() - started > 500;
    if (error && (over || state.heading === TEXT.errorPage)) {
      const ms = Date.now() - started;
      const retried = state.alert === TEXT.unreachable || state.autosave.startsWith(TEXT.failed);
      const autosavedAfter = retried ? await retrySaves(page) : undefined;
      return { ...attempt, outcome: "error", shown: error, ms, autosavedAfter };
    }
    if (error) meanwhile ??= `while saving: ${error}`;
  }
  // Still under way: what the editor shows by now says whether it told the person anything was wrong.
  const last = await shown(page);
  const still = last ? errorShown(last) : undefined;
  if (still)
    return { ...attempt, outcome: "error", shown: `still saving after ${ANSWER_MS / 1000} s: ${still}`, ms: ANSWER_MS };
  const shownLast = [meanwhile, last ? `${last.url} ${last.autosave}` : "no page"].filter(Boolean).join("; ");
  return { ...attempt, outcome: "no-answer", shown: shownLast, ms: ANSWER_MS };
}

/** Saves every `intervalMs` (jittered ±40 %) until `seconds` have passed; the last save is waited for. */
async function keepSaving(
  page: Page,
  account: EditorAccount,
  seconds: number,
  intervalMs: number,
  saves: SaveAttempt[],
): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  // Editors do not all press save in the same second.
  await sleep(Math.random() * intervalMs);
  for (let n = 1; Date.now() < deadline; n += 1) {
    const started = Date.now();
    let attempt: SaveAttempt;
    try {
      attempt = await saveOnce(page, account, n);
    } catch (error) {
      // The page went away under the typing (a navigation, a crash): reloaded, and tried again.
      attempt = {
        n,
        title: "",
        line: "",
        marker: "",
        outcome: "unusable",
        shown: `editor unusable: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
        ms: 0,
      };
    }
    saves.push(attempt);
    // The form goes on from what was saved; after anything else the editor reloads to see where things are.
    if (attempt.outcome !== "acknowledged" && !attempt.autosavedAfter) {
      await openEditor(page, account).catch(() => undefined);
    }
    const gap = intervalMs * (0.6 + 0.8 * Math.random());
    await sleep(Math.max(0, Math.min(started + gap, deadline) - Date.now()));
  }
}

/** Records the page's admin requests, when each started and how it ended. */
function traceAdmin(page: Page, run: EditorRun, since: () => number): void {
  const started = new Map<Request, number>();
  const answered = new Map<Request, { status: number; at: number }>();
  const record = (request: Request, failure?: string) => {
    const began = started.get(request);
    const headers = answered.get(request);
    started.delete(request);
    answered.delete(request);
    if (began === undefined || since() === 0 || run.trace.length >= 500) return;
    const url = new URL(request.url());
    const body = request.postData() ?? "";
    // A server action's form data: its intent field, whatever the multipart boundary.
    const intent =
      /name="(?:\d+_)?intent"\r?\n\r?\n(\w+)/.exec(body)?.[1] ?? (body.includes("autosave") ? "autosave" : "");
    run.trace.push({
      at: began - since(),
      method: request.method(),
      path: url.pathname + url.search,
      intent: request.headers()["next-action"] ? intent || "action" : intent,
      // Chromium reports the server actions' streamed answers as aborted once read, so the status says more.
      result: [headers?.status, failure].filter((part) => part !== undefined).join(" "),
      headersMs: headers ? headers.at - began : undefined,
      ms: Date.now() - began,
    });
  };
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/admin")) started.set(request, Date.now());
  });
  page.on("response", (response) => {
    if (started.has(response.request()))
      answered.set(response.request(), { status: response.status(), at: Date.now() });
  });
  page.on("requestfinished", (request) => record(request));
  page.on("requestfailed", (request) => record(request, request.failure()?.errorText ?? "failed"));
}

/** Launches Chromium and signs every editor in, each in its own context, on its own server. */
export async function startEditors(accounts: EditorAccount[], intervalMs = 3000): Promise<Editors> {
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath() });
  const sessions: Array<{ context: BrowserContext; page: Page; run: EditorRun }> = [];
  let runStarted = 0;
  try {
    for (const account of accounts) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Leaving a page with a save under way asks first; a person who reloads says yes.
      page.on("dialog", (dialog) => void dialog.accept());
      const run: EditorRun = { account, saves: [], serverErrors: [], trace: [] };
      page.on("response", (response) => {
        if (response.status() >= 500) {
          run.serverErrors.push(`${response.status()} ${response.request().method()} ${response.url()}`);
        }
      });
      traceAdmin(page, run, () => runStarted);
      await openEditor(page, account);
      sessions.push({ context, page, run });
    }
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    async run(seconds) {
      runStarted = Date.now();
      await Promise.all(sessions.map(({ page, run }) => keepSaving(page, run.account, seconds, intervalMs, run.saves)));
      return sessions.map((session) => session.run);
    },
    async close() {
      for (const session of sessions) await session.context.close().catch(() => undefined);
      await browser.close();
    },
  };
}
