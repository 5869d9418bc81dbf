// Every consumer of domain events, loaded before the relay runs. A new consumer: a file in this folder
// that calls subscribe() (lib/events/subscribe.ts), imported here.
import "@/lib/events/consumers/webhooks";
import "@/lib/events/consumers/search-push";
