import { afterAll, beforeAll } from "vitest";
import { startWorld, stopWorld, type World } from "./publish-setup.js";

/**
 * The publishing world of one test file: the simulator and the four fakes start before its first test and stop
 * (checking that no fake saw an invalid request) after its last. The object is filled in before the tests run.
 */
export function usePublishWorld(): World {
  const world = {} as World;
  beforeAll(async () => {
    Object.assign(world, await startWorld());
  });
  afterAll(async () => {
    await stopWorld(world);
  });
  return world;
}
