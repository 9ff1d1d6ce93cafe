/** Inputs and small checks shared by the publisher tests. */
import { expect } from "vitest";
import {
  type PublishError,
  PublishError as PublishErrorClass,
  type PublishInput,
  type PublishMedia,
} from "../../src/channels/publisher.js";

/** A PNG signature plus a marker byte: distinct bytes per image, recognisable in the fakes' stores. */
export function png(marker: number): Uint8Array {
  return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, marker, marker, marker]);
}

export function image(name: string, marker: number, alt: string): PublishMedia {
  return { path: `media/${name}`, bytes: png(marker), mimeType: "image/png", alt };
}

export function input(overrides: Partial<PublishInput> = {}): PublishInput {
  return {
    text: "Our spring collection is here.",
    media: [],
    postPath: "posts/acme/spring.md",
    channelId: "acme-news",
    claim: { key: "3f0a2c9e-1b7d-4e5f-8a6b-0c1d2e3f4a5b", at: "2026-12-01T04:00:00.000Z" },
    ...overrides,
  };
}

/** Await a call that must fail with a PublishError; returns it for further checks. */
export async function publishError(promise: Promise<unknown>): Promise<PublishError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PublishErrorClass);
  return error as PublishError;
}

/** Everything a person could see of an error: its message and every own property, serialised. */
export function visible(value: unknown): string {
  if (value instanceof Error) return `${value.message}\n${value.stack ?? ""}\n${JSON.stringify({ ...value })}`;
  return JSON.stringify(value);
}
