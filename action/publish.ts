import { runPublishAction } from "./publish-main.js";

await runPublishAction();
