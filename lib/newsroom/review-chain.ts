// The review chain (三审三校) as pure rules: which sign-offs still count for the article's content,
// which stage comes next, and whether someone may sign it. The services load the rows and call these;
// the unit tests call the same code.
import type { UserRole } from "@/lib/generated/prisma/enums";

export interface ChainStage {
  id: number;
  position: number;
  name: string;
  roles: readonly UserRole[];
  /** Accounts named as signers of this stage, whatever their role. */
  userIds: readonly number[];
}

export interface ChainSignOff {
  id: number;
  stageId: number | null;
  override: boolean;
  userId: number | null;
  contentHash: string;
  createdAt: Date;
  invalidatedAt: Date | null;
}

export interface ChainSettings {
  /** How many stages, from the first, publishing needs; 0: none (publishing as before). */
  stagesRequired: number;
  /** No one signs two stages of one article. */
  distinctSigners: boolean;
}

export interface ChainStep<S extends ChainSignOff = ChainSignOff> {
  stage: ChainStage;
  /** Publishing waits for this stage. */
  required: boolean;
  /** The sign-off that counts for the current content, if any. */
  signOff: S | null;
}

export interface ChainState<S extends ChainSignOff = ChainSignOff> {
  steps: ChainStep<S>[];
  /** The first stage without a valid sign-off; null when every stage is signed. */
  next: ChainStage | null;
  /** An admin's override that still covers the current content. */
  override: S | null;
  /** Whether publishing may go ahead on the current content. */
  complete: boolean;
  /** Fewer stages are configured than publishing needs: only an override can publish. */
  misconfigured: boolean;
}

export const orderStages = (stages: readonly ChainStage[]): ChainStage[] =>
  [...stages].sort((a, b) => a.position - b.position || a.id - b.id);

/** A sign-off counts while nothing undid it and the content is still the one it approved. */
export const signOffCounts = (signOff: ChainSignOff, currentHash: string): boolean =>
  signOff.invalidatedAt === null && signOff.contentHash === currentHash;

/**
 * The chain for the article's current content. Stages count in order: a stage's sign-off counts only
 * when every stage before it has one, so removing or reordering stages cannot leave a gap that counts.
 */
export function chainState<S extends ChainSignOff>(
  stages: readonly ChainStage[],
  signOffs: readonly S[],
  currentHash: string,
  settings: ChainSettings,
): ChainState<S> {
  const valid = signOffs
    .filter((signOff) => signOffCounts(signOff, currentHash))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
  const ordered = orderStages(stages);
  let broken = false;
  const steps = ordered.map((stage, index): ChainStep<S> => {
    const signOff = broken ? null : (valid.find((candidate) => candidate.stageId === stage.id) ?? null);
    if (!signOff) broken = true;
    return { stage, required: index < settings.stagesRequired, signOff };
  });
  const override = valid.find((signOff) => signOff.override) ?? null;
  const misconfigured = settings.stagesRequired > ordered.length;
  const chainDone = !misconfigured && steps.every((step) => !step.required || step.signOff !== null);
  return {
    steps,
    next: steps.find((step) => step.signOff === null)?.stage ?? null,
    override,
    complete: settings.stagesRequired <= 0 || chainDone || override !== null,
    misconfigured,
  };
}

/** Whether the account is one the stage names, by role or by person. */
export function isStageSigner(
  stage: Pick<ChainStage, "roles" | "userIds">,
  who: { id: number | null; role: UserRole },
) {
  return who.id !== null && (stage.roles.includes(who.role) || stage.userIds.includes(who.id));
}

export type SignRefusal = "notNext" | "allSigned" | "notSigner" | "signedAnotherStage";

/** Why `who` may not sign `stageId` now, or null when they may. */
export function signRefusal(
  state: ChainState,
  stageId: number,
  who: { id: number | null; role: UserRole },
  settings: ChainSettings,
): SignRefusal | null {
  if (!state.next) return "allSigned";
  if (state.next.id !== stageId) return "notNext";
  if (!isStageSigner(state.next, who)) return "notSigner";
  if (settings.distinctSigners && state.steps.some((step) => step.signOff?.userId === who.id)) {
    return "signedAnotherStage";
  }
  return null;
}

/** The stages this account could sign next on some article: where the dashboard shows it a queue. */
export function stagesFor(stages: readonly ChainStage[], who: { id: number | null; role: UserRole }): ChainStage[] {
  return orderStages(stages).filter((stage) => isStageSigner(stage, who));
}
