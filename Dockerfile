# The reference emulator as a container image: `conformance serve`, configured from the environment.
#   docker build -t twilio-conversations-emulator .
#   docker run --rm -p 4010:4010 -e TWILIO_ACCOUNT_SID=AC… -e TWILIO_AUTH_TOKEN=… twilio-conversations-emulator
# Environment: CONFORMANCE_PORT (4010), CONFORMANCE_HOST (0.0.0.0 in the image), CONFORMANCE_CLOCK (wall | virtual),
# TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN (the credentials it accepts; random and printed when unset).
# Where no registry can be pulled from, `npm run image` builds the same image from this machine's Node instead
# (scripts/build-image.ts).
FROM node:24-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm pack --pack-destination /tmp && mkdir /app && cd /app \
 && echo '{"name":"emulator-image","private":true,"type":"module"}' > package.json \
 && npm install --omit=dev --no-audit --no-fund /tmp/twilio-conversations-conformance-*.tgz

FROM node:24-slim
WORKDIR /app
COPY --from=build /app /app
ENV CONFORMANCE_HOST=0.0.0.0 CONFORMANCE_PORT=4010 CONFORMANCE_CLOCK=wall NODE_ENV=production
EXPOSE 4010
USER node
ENTRYPOINT ["node", "/app/node_modules/twilio-conversations-conformance/bin/conformance.js", "serve"]
