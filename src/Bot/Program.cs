using CoopAssistant.Bot;
using CoopAssistant.Protocol;

var builder = WebApplication.CreateBuilder(args);
builder.AddCoopAssistant();

var app = builder.Build();
app.MapCoopAssistant();
app.Run();

/// <summary>The host's entry point (public for WebApplicationFactory tests).</summary>
public partial class Program;
