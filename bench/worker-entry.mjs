// Worker threads start without tsx's loader in Node 20: register it, then load the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./pipeline-worker.ts");
