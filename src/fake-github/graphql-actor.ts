/** An account as GraphQL names it on the in-memory GitHub. */
import type { GqlObject } from "./graphql-executor.ts";
import type { Actor } from "./types.ts";

/** GraphQL names an App's bot without REST's `[bot]` suffix: `wgbot`, where REST says `wgbot[bot]`. */
export function actorObject(actor: Actor): GqlObject {
  const bot = actor.type === "Bot";
  return {
    __typename: bot ? "Bot" : "User",
    resolve: (field) =>
      field === "login" ? (bot ? actor.login.replace(/\[bot\]$/, "") : actor.login) : undefined,
  };
}
