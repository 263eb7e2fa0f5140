using CoopAssistant.Bot;
using CoopAssistant.Bot.AddIn;
using CoopAssistant.Bot.BrowserApi;
using CoopAssistant.Bot.Conversation;
using CoopAssistant.Bot.Conversation.Claims.Package;
using CoopAssistant.Bot.Conversation.Evidence.SignIn;
using CoopAssistant.Bot.Conversation.Sharing;
using CoopAssistant.Bot.Operations;
using CoopAssistant.Bot.ScaleOut;
using CoopAssistant.Bot.Tab;
using CoopAssistant.Claims;
using CoopAssistant.Graph;
using CoopAssistant.Protocol;
using CoopAssistant.Scheduling;

var builder = WebApplication.CreateBuilder(args);

var database = builder.AddClaims();   // src/Claims, first: the one database (built once); migrated before other hosted services
builder.AddBotProtocol();              // src/Protocol: channel authentication, the Connector client, the adapter
builder.AddEvidence();                 // src/Graph: evidence stores, Graph sign-in, its tokens in the database
builder.AddScheduling(database);       // src/Scheduling: reminder planning, Quartz on the same database
builder.AddOperations();               // health checks and telemetry
builder.AddConversation();             // the chat: commands, cards, questions, chat files, reminders' cards and sender
builder.AddScaleOut(database);         // several hosts on one database: key ring, de-duplication, send budget
builder.AddBrowserApis();              // the add-in's and the tab's APIs: one authentication scheme and policy
builder.AddAddIn();                    // the add-in: settings, CORS
builder.AddTab();                      // the dashboard tab: settings, queries
builder.AddApiRateLimits();            // rate limits of the browser APIs, per user and per tenant
builder.Services.AddProblemDetails();

var app = builder.Build();

app.UseSecurityHeaders();              // CSP frame-ancestors (Teams, Outlook, Microsoft 365), nosniff, Referrer-Policy, HSTS outside local mode
app.UseRouting();                      // /api/messages short-circuits here: nothing below runs for a channel's turn
app.UseExceptionHandler();             // an unhandled error in a browser API is a ProblemDetails 500, no exception text
app.UseStaticFolder(AddInDefaults.PanePath, "addin", "taskpane.html");
app.UseStaticFolder(TabDefaults.PagePath, "tab", "index.html", defaultDocument: "index.html");
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();                  // after authentication: the partitions are the token's tenant and user

app.MapBotEndpoint();
app.MapAddIn();
app.MapTab();
app.MapClaimPackage();
app.MapClaimLinks();                    // GET /claims/{id}: a claim link opened in a browser goes to the dashboard tab
app.MapSignInPages();
app.MapOperations();
LocalMode.Announce(app);
app.Run();

/// <summary>The host's entry point (public for WebApplicationFactory tests).</summary>
public partial class Program;
