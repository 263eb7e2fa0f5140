// Reference echo bot on the Bot Framework SDK for JavaScript: CloudAdapter with no app id (local mode, as CoopAssistant
// runs in bench/Bot.Bench), plain node http. Every message is answered with one small Adaptive Card posted back to the
// activity's serviceUrl, the same work the bare endpoint and CoopAssistant's `help` turn do.
// Usage: node index.js [port]   (port 0 picks a free one; the chosen port is printed as "listening on PORT")
'use strict';

const http = require('node:http');
const {
    ActivityHandler,
    CardFactory,
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
    MessageFactory,
} = require('botbuilder');

const auth = new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant' });
const adapter = new CloudAdapter(auth);
let failures = 0;
adapter.onTurnError = async (_context, error) => {
    failures++;
    if (failures <= 5) {
        console.error(`turn failed: ${error && error.message}`);
    }
    throw error;
};

const helpCard = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
        { type: 'TextBlock', text: 'Help', weight: 'Bolder', size: 'Medium' },
        { type: 'TextBlock', text: 'new claim, my claims, status, submit, cancel, help', wrap: true },
    ],
};

class EchoBot extends ActivityHandler {
    constructor() {
        super();
        this.onMessage(async (context, next) => {
            await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(helpCard)));
            await next();
        });
    }
}

const bot = new EchoBot();

// The smallest request/response shims CloudAdapter.process needs (what restify or express would provide).
function wrapResponse(res) {
    return {
        socket: res.socket,
        status(code) { res.statusCode = code; return this; },
        header(name, value) { res.setHeader(name, value); return this; },
        send(body) {
            if (body !== undefined && body !== null) {
                const text = typeof body === 'string' ? body : JSON.stringify(body);
                res.setHeader('Content-Type', 'application/json');
                res.write(text);
            }
            return this;
        },
        end() { res.end(); return this; },
    };
}

const server = http.createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/api/messages') {
        res.statusCode = 404;
        res.end();
        return;
    }

    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
        let body;
        try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
            res.statusCode = 400;
            res.end('body is not JSON');
            return;
        }

        const request = { body, headers: req.headers, method: req.method };
        adapter.process(request, wrapResponse(res), (context) => bot.run(context)).catch(() => {
            if (!res.writableEnded) {
                res.statusCode = 500;
                res.end();
            }
        });
    });
});

server.keepAliveTimeout = 120_000;
server.listen(Number(process.argv[2] ?? 3979), '127.0.0.1', () => {
    console.log(`listening on ${server.address().port}`);
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));
