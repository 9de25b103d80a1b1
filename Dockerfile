# Study Coach: the Discord bot as a container. Three stages: production dependencies (sqlite3
# compiles from source, so the toolchain stays in this stage), the compiled dist/, and a slim
# runtime that holds neither compilers nor dev dependencies and runs as the unprivileged `node` user.

FROM node:20-slim AS deps
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM deps AS build
COPY tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
# esbuild is a production dependency (npm start builds with it), so the deps stage already has it.
RUN node scripts/build.mjs

FROM node:20-slim AS runtime
ENV NODE_ENV=production \
    STORE_URL=sqlite:///app/data/study-coach.sqlite \
    DATA_DIR=/app/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY curriculum ./curriculum
COPY prompts ./prompts
COPY assets ./assets
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
# With METRICS_PORT set, Docker asks the bot's own health endpoint.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD node -e "const p=process.env.METRICS_PORT;if(!p)process.exit(0);fetch('http://127.0.0.1:'+p+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The same command npm start runs after its build step; SIGTERM reaches node directly.
CMD ["node", "dist/main.js"]
