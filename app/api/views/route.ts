// The view beacon for servers without Masthead's HTTP layer (`next dev`): the production server answers
// /api/views itself before Next is asked (lib/server/http-server.ts), with the same function.
import { requestAddress } from "@/lib/auth/client-address";
import { env } from "@/lib/env";
import { answerBeacon, NO_BEACONS, type BeaconAnswer } from "@/lib/views/beacon";
import { viewCounter } from "@/lib/views/counter";

export const dynamic = "force-dynamic";

function respond(request: Request): Response {
  if (env.views.source !== "beacon") return new Response(NO_BEACONS.body, NO_BEACONS);
  const counter = viewCounter();
  const url = new URL(request.url);
  const answer: BeaconAnswer = counter
    ? answerBeacon(
        {
          method: request.method,
          url: url.pathname + url.search,
          headers: Object.fromEntries(request.headers),
          address: requestAddress(request.headers),
        },
        counter,
      )
    : { status: 204, headers: { "Cache-Control": "private, no-store" } };
  return new Response(answer.body ?? null, { status: answer.status, headers: answer.headers });
}

export const POST = respond;
export const GET = respond;
