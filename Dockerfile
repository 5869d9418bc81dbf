# syntax=docker/dockerfile:1
# Masthead's production image: built in one stage, run from a small one as an unprivileged user.
#   docker build -t masthead .
#   docker run --env-file masthead.env -p 3000:3000 masthead        (see deploy/README.md)
# The build opens no database; migrations are a release step (npm run db:migrate, compose's `migrate`).

ARG NODE_IMAGE=node:20.20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/prisma-generate.mjs
COPY prisma prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
  && npm prune --omit=dev --no-audit --no-fund \
  # The release step and the maintenance commands (db:migrate, backup, reset-password) run TypeScript.
  && npm install --no-save --no-audit --no-fund tsx@4.23.15

FROM ${NODE_IMAGE} AS runtime
# pg_dump/pg_restore for npm run backup / restore; tini forwards SIGTERM so requests in flight finish.
RUN apt-get update \
  && apt-get install -y --no-install-recommends postgresql-client tini \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    MASTHEAD_DATA_DIR=/data \
    MEDIA_DIR=/data/media
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json /app/tsconfig.json /app/next.config.js ./
COPY --from=build --chown=node:node /app/node_modules node_modules
COPY --from=build --chown=node:node /app/.next .next
COPY --from=build --chown=node:node /app/public public
COPY --from=build --chown=node:node /app/prisma prisma
COPY --from=build --chown=node:node /app/lib lib
COPY --from=build --chown=node:node /app/scripts scripts
COPY --from=build --chown=node:node /app/content content
RUN mkdir -p /data/media && chown -R node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "--max-old-space-size=256", ".next/masthead/server.mjs"]
