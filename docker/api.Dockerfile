# syntax=docker/dockerfile:1
# The API image, run as ROLE=api (HTTP) or ROLE=worker (Bull processors + scheduler).
# Build from the repository root: docker build -f docker/api.Dockerfile -t corral-api .
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV CI=true NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run api:build --output-style=static \
 && npm prune --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE} AS api
WORKDIR /app
ENV NODE_ENV=production PORT=3000
# Root-owned files, run as the unprivileged node user: the process cannot rewrite its own code.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/apps/api ./dist/apps/api
USER node
EXPOSE 3000
# Only meaningful for ROLE=api/all; docker-compose.yml disables it for the worker, which serves no HTTP.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/main.js"]

# The development mail sink (tools/mail-sink.js) for docker-compose.yml. Its two packages are
# development dependencies of the workspace, so they are installed here at the versions
# package.json pins instead of being carried in the production image above.
FROM ${NODE_IMAGE} AS mail-sink
WORKDIR /app
COPY package.json /tmp/corral-package.json
RUN npm init -y >/dev/null \
 && npm install --omit=dev --no-audit --no-fund $(node -p "const d = require('/tmp/corral-package.json').devDependencies; ['smtp-server', 'mailparser'].map((n) => n + '@' + d[n]).join(' ')") \
 && rm /tmp/corral-package.json
COPY tools/mail-sink.js tools/mail-sink.js
ENV MAIL_SINK_HOST=0.0.0.0 MAIL_SINK_SMTP_PORT=1025 MAIL_SINK_HTTP_PORT=1080
USER node
EXPOSE 1025 1080
HEALTHCHECK --interval=15s --timeout=5s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:1080/api/messages').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "tools/mail-sink.js"]
