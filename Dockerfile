# The wgbot GitHub App server (Probot), as `npm start` runs it. dist/ is committed and current (CI checks it with
# `npm run check:clean`), so the image has no build step: it installs the production dependencies only (ioredis,
# an optional dependency, included, for REDIS_URL) and runs dist/server.js directly, so SIGTERM from
# `docker stop` reaches the server itself and it stops cleanly.
#
#   docker build -t wgbot .
#   docker run --rm -p 3000:3000 -e APP_ID=… -e WEBHOOK_SECRET=… \
#     -e PRIVATE_KEY_PATH=/run/secrets/wgbot.pem -v "$PWD/wgbot.pem:/run/secrets/wgbot.pem:ro" wgbot
FROM node:24-bookworm-slim

ENV NODE_ENV=production
WORKDIR /app

COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# What the server reads at run time: its bundle, the comment and issue-form templates, and package.json (its name
# and version, for /healthz and the log).
COPY dist/server.js dist/server.js
COPY templates templates

# The official image's unprivileged user: the server needs no root, and writes nothing.
USER node

EXPOSE 3000
# HOST is left unset in the container (the server listens on every interface), so loopback reaches it.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

CMD ["node", "dist/server.js"]
