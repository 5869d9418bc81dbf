// On the PostgreSQL run every test file shares one database, so the outbox holds the events of every
// change the files before made. A test that relays starts by setting those aside (marked relayed), so
// it relays only its own events, and no subscriber sends other files' events to its receivers.
import { getDb } from "@/lib/db";

export async function setAsideEarlierEvents(): Promise<void> {
  const db = await getDb();
  await db.domainEvent.updateMany({ where: { relayedAt: null }, data: { relayedAt: new Date() } });
}
