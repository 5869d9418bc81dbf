import type { Prisma } from "@/lib/generated/prisma/client";

interface NamedCredit {
  name: string;
  affiliation: string | null;
}

/**
 * The person each credit names: an existing person with that name (and the same affiliation, when
 * both have one) is reused, so that credits gather on one person page instead of duplicates.
 */
export async function resolvePeople<Credit extends NamedCredit>(
  tx: Prisma.TransactionClient,
  credits: readonly Credit[],
): Promise<Array<Credit & { personId: number }>> {
  const resolved: Array<Credit & { personId: number }> = [];
  for (const credit of credits) {
    const candidates = await tx.person.findMany({ where: { name: credit.name }, orderBy: { id: "asc" } });
    const match =
      candidates.find((person) => person.affiliation === credit.affiliation) ??
      candidates.find((person) => person.affiliation === null || credit.affiliation === null);
    const person = match ?? (await tx.person.create({ data: { name: credit.name, affiliation: credit.affiliation } }));
    resolved.push({ ...credit, personId: person.id });
  }
  return resolved;
}
