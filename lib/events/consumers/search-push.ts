// WebSub, IndexNow and Baidu pushes (lib/push/consumer.ts).
import { subscribe } from "@/lib/events/subscribe";
import { FEED_CHANGES, pushChanges } from "@/lib/push/consumer";

subscribe("search-push", FEED_CHANGES, pushChanges);
