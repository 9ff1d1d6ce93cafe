// The set-up commands' help, apart from their modules: main.ts shows it without loading them.

export const INIT_HELP = `init [DIR] [--client ID --contact LOGIN [--contact-id N] [--name NAME] [--timezone ZONE]
        --channel ID:TYPE[:KEY=VALUE…]…]… [--branch NAME] [--hook] [--force] [--yes]
        Set up a content repository in DIR (default .): checkpost.yml, words.txt, the review and publishing
        workflows, a pull-request template, and with --hook a git pre-commit hook running check --changed.
        On a terminal without --client it asks; otherwise the flags say it. --contact, --contact-id, --name,
        --timezone and --channel belong to the --client before them. A channel is its id, its type (bluesky,
        mastodon, linkedin, discord, webhook, x) and its public details, e.g.
        acme-bluesky:bluesky:handle=acme.bsky.social; its secret_env defaults to the id in capitals
        (ACME_BLUESKY_APP_PASSWORD). --timezone gives the client a publishing window there
        (weekdays 09:00–17:00). --branch is the default branch publishing runs on (main). Existing files are
        kept unless --force. --yes never asks.`;

export const NEW_HELP = `new [--client ID] [--channels A,B] [--at ISO] [--config FILE] [TITLE]
        Write a new post in the client's folder (posts/CLIENT/DATE-SLUG.md) with a front-matter skeleton: the
        client (the only one, or the one whose folder you are in), its channels (all unless --channels), the
        author (your GitHub login, from git), publish_at (--at, ISO 8601 with an offset), and commented
        examples of facts and media. Prints the new file's path.`;
