import { describe, expect, it } from "vitest";
import { canSendBackFromStage, canSignStage, type Actor, type ArticleRef } from "@/lib/auth/permissions";
import { textToDoc } from "@/lib/newsroom/body";
import {
  chainState,
  isStageSigner,
  signRefusal,
  stagesFor,
  type ChainSettings,
  type ChainSignOff,
  type ChainStage,
} from "@/lib/newsroom/review-chain";
import { reviewedContentHash } from "@/lib/newsroom/review-content";
import { emptyContent, type ArticleContent } from "@/lib/validations/article-content";
import { validationZhCN } from "@/lib/i18n/messages/validation-zh-CN";
import { reviewStageSchema } from "@/lib/validations/review";

const editorA: Actor = { id: 11, role: "EDITOR" };
const editorB: Actor = { id: 12, role: "EDITOR" };
const chief: Actor = { id: 13, role: "ADMIN" };
const reporter: Actor = { id: 14, role: "REPORTER" };

// Listed out of order on purpose: position decides.
const STAGES: ChainStage[] = [
  { id: 3, position: 3, name: "终审", roles: ["ADMIN"], userIds: [] },
  { id: 1, position: 1, name: "初审", roles: ["EDITOR", "ADMIN"], userIds: [] },
  { id: 2, position: 2, name: "复审", roles: ["EDITOR", "ADMIN"], userIds: [reporter.id ?? 0] },
];
const THREE: ChainSettings = { stagesRequired: 3, distinctSigners: true };

let nextId = 1;
function signOff(stageId: number | null, who: Actor, hash: string, extra: Partial<ChainSignOff> = {}): ChainSignOff {
  const id = nextId++;
  return {
    id,
    stageId,
    override: false,
    userId: who.id,
    contentHash: hash,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, id)),
    invalidatedAt: null,
    ...extra,
  };
}

describe("the chain's state for the current content", () => {
  it("orders stages by position and names the first unsigned one as next", () => {
    const state = chainState(STAGES, [], "h1", THREE);
    expect(state.steps.map((step) => step.stage.name)).toEqual(["初审", "复审", "终审"]);
    expect(state.next?.name).toBe("初审");
    expect(state.complete).toBe(false);
  });

  it("counts only sign-offs of the current content that nothing undid", () => {
    const signOffs = [signOff(1, editorA, "h1"), signOff(2, editorB, "h1"), signOff(3, chief, "old")];
    const state = chainState(STAGES, signOffs, "h1", THREE);
    expect(state.steps.map((step) => step.signOff?.userId ?? null)).toEqual([11, 12, null]);
    expect(state.next?.name).toBe("终审");
    expect(state.complete).toBe(false);

    const withFinal = chainState(STAGES, [...signOffs, signOff(3, chief, "h1")], "h1", THREE);
    expect(withFinal.next).toBeNull();
    expect(withFinal.complete).toBe(true);

    // After an edit (a new hash) nothing counts any more.
    const edited = chainState(STAGES, [...signOffs, signOff(3, chief, "h1")], "h2", THREE);
    expect(edited.steps.every((step) => step.signOff === null)).toBe(true);
    expect(edited.complete).toBe(false);
  });

  it("ignores an invalidated sign-off even when the content is the same again", () => {
    const state = chainState(STAGES, [signOff(1, editorA, "h1", { invalidatedAt: new Date() })], "h1", THREE);
    expect(state.next?.name).toBe("初审");
  });

  it("does not count a later stage's sign-off across a gap", () => {
    const state = chainState(STAGES, [signOff(2, editorB, "h1")], "h1", THREE);
    expect(state.steps[1]?.signOff).toBeNull();
    expect(state.next?.name).toBe("初审");
  });

  it("needs only the first stagesRequired stages; zero needs none", () => {
    const two = { stagesRequired: 2, distinctSigners: false };
    const state = chainState(STAGES, [signOff(1, editorA, "h1"), signOff(2, editorB, "h1")], "h1", two);
    expect(state.steps.map((step) => step.required)).toEqual([true, true, false]);
    expect(state.complete).toBe(true);
    // The optional stage can still be signed.
    expect(state.next?.name).toBe("终审");
    expect(chainState(STAGES, [], "h1", { stagesRequired: 0, distinctSigners: false }).complete).toBe(true);
  });

  it("an override of the current content completes the chain; of other content it does not", () => {
    const override = signOff(null, chief, "h1", { override: true });
    expect(chainState(STAGES, [override], "h1", THREE)).toMatchObject({ complete: true, override });
    expect(chainState(STAGES, [override], "h2", THREE)).toMatchObject({ complete: false, override: null });
  });

  it("is never complete with fewer stages than publishing needs, except by override", () => {
    const five = { stagesRequired: 5, distinctSigners: false };
    const all = [signOff(1, editorA, "h1"), signOff(2, editorB, "h1"), signOff(3, chief, "h1")];
    expect(chainState(STAGES, all, "h1", five)).toMatchObject({ complete: false, misconfigured: true });
    const override = signOff(null, chief, "h1", { override: true });
    expect(chainState(STAGES, [...all, override], "h1", five).complete).toBe(true);
  });
});

describe("who may sign", () => {
  it("a stage names its signers by role and by person", () => {
    expect(isStageSigner(STAGES[2] as ChainStage, reporter)).toBe(true);
    expect(isStageSigner(STAGES[1] as ChainStage, reporter)).toBe(false);
    expect(isStageSigner(STAGES[0] as ChainStage, editorA)).toBe(false);
    expect(isStageSigner(STAGES[0] as ChainStage, { id: null, role: "ADMIN" })).toBe(false);
    expect(stagesFor(STAGES, reporter).map((stage) => stage.name)).toEqual(["复审"]);
    expect(stagesFor(STAGES, chief).map((stage) => stage.name)).toEqual(["初审", "复审", "终审"]);
  });

  it("only the next stage, only its signers, and no one twice when the setting says so", () => {
    const afterFirst = chainState(STAGES, [signOff(1, editorA, "h1")], "h1", THREE);
    expect(signRefusal(afterFirst, 3, chief, THREE)).toBe("notNext");
    expect(signRefusal(afterFirst, 2, editorA, THREE)).toBe("signedAnotherStage");
    expect(signRefusal(afterFirst, 2, editorA, { ...THREE, distinctSigners: false })).toBeNull();
    expect(signRefusal(afterFirst, 2, editorB, THREE)).toBeNull();
    const afterSecond = chainState(STAGES, [signOff(1, editorA, "h1"), signOff(2, editorB, "h1")], "h1", THREE);
    expect(signRefusal(afterSecond, 3, editorB, THREE)).toBe("notSigner");
    const done = chainState(
      STAGES,
      [signOff(1, editorA, "h1"), signOff(2, editorB, "h1"), signOff(3, chief, "h1")],
      "h1",
      THREE,
    );
    expect(signRefusal(done, 3, chief, THREE)).toBe("allSigned");
  });

  it("signing needs an article still under review; sending back one that was submitted", () => {
    const stage = STAGES[1] as ChainStage;
    const article = (status: ArticleRef["status"], deletedAt: Date | null = null): ArticleRef => ({
      createdById: reporter.id,
      status,
      deletedAt,
    });
    expect(canSignStage(editorA, stage, article("IN_REVIEW"))).toBe(true);
    expect(canSignStage(editorA, stage, article("DRAFT"))).toBe(true);
    expect(canSignStage(editorA, stage, article("PUBLISHED"))).toBe(false);
    expect(canSignStage(editorA, stage, article("IN_REVIEW", new Date()))).toBe(false);
    expect(canSignStage(reporter, stage, article("IN_REVIEW"))).toBe(false);
    expect(canSendBackFromStage(editorA, stage, article("IN_REVIEW"))).toBe(true);
    expect(canSendBackFromStage(editorA, stage, article("DRAFT"))).toBe(false);
    expect(canSendBackFromStage(reporter, stage, article("SCHEDULED"))).toBe(false);
  });
});

describe("the reviewed content's hash", () => {
  const content: ArticleContent = { ...emptyContent, title: "标题", body: textToDoc("第一段。") };

  it("changes with anything a reader reads, not with times", () => {
    const hash = reviewedContentHash(content);
    expect(reviewedContentHash({ ...content })).toBe(hash);
    expect(reviewedContentHash({ ...content, title: "标题!" })).not.toBe(hash);
    expect(reviewedContentHash({ ...content, body: textToDoc("第一段。第二段。") })).not.toBe(hash);
    expect(reviewedContentHash({ ...content, tags: ["防疫"] })).not.toBe(hash);
    expect(
      reviewedContentHash({ ...content, credits: [{ roleKey: "REPORTER", name: "陈明", affiliation: null }] }),
    ).not.toBe(hash);
    expect(reviewedContentHash({ ...content, publishedAt: new Date(), embargoUntil: new Date() })).toBe(hash);
  });
});

describe("the stage form's input", () => {
  it("reads ticked roles and accounts from their own field names, and refuses a forged account id", () => {
    expect(
      reviewStageSchema(validationZhCN).parse({
        name: " 复审 ",
        "role-EDITOR": "on",
        "role-ADMIN": "on",
        "user-5": "on",
      }),
    ).toEqual({
      id: undefined,
      name: "复审",
      roles: ["EDITOR", "ADMIN"],
      userIds: [5],
    });
    expect(reviewStageSchema(validationZhCN).safeParse({ name: "复审", "user-0": "on" }).success).toBe(false);
    expect(reviewStageSchema(validationZhCN).safeParse({ name: "复审", "user-2147483648": "on" }).success).toBe(false);
    expect(reviewStageSchema(validationZhCN).safeParse({ name: "  " }).success).toBe(false);
  });
});
