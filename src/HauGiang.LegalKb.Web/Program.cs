using HauGiang.LegalKb.Web.Assets;
using HauGiang.LegalKb.Web.Citations;
using HauGiang.LegalKb.Web.Documents;
using HauGiang.LegalKb.Web.Editors;
using HauGiang.LegalKb.Web.Errors;
using HauGiang.LegalKb.Web.Graph;
using HauGiang.LegalKb.Web.Hosting;
using HauGiang.LegalKb.Web.Json;
using HauGiang.LegalKb.Web.Quotations;
using HauGiang.LegalKb.Web.Search;
using HauGiang.LegalKb.Web.Sections;
using HauGiang.LegalKb.Web.Security;
using HauGiang.LegalKb.Web.Shared;
using HauGiang.LegalKb.Web.Status;
using HauGiang.LegalKb.Web.StudyPacks;

// appsettings.json sits beside the binary, wherever `dotnet run` is started from.
var builder = WebApplication.CreateBuilder(HostSettings.Options(args));

// Settings: port (5080), corpus and index folders, how often to look for a new index
builder.AddLegalKbSettings(args);

// The security headers also on the answers Kestrel writes itself (oversized or malformed requests)
builder.AddSecurityHeadersToKestrelRefusals();

// The knowledge base and search engine, built when missing or stale and swapped atomically on re-index
builder.Services.AddLiveIndex();

// Server-rendered pages and the JSON API with its OpenAPI description
builder.Services.AddPages();
builder.Services.AddJsonApi();

// The address links people copy start with: configured, never taken from a request's Host
builder.Services.AddSiteAddress();

// The editor area (/bien-tap): accounts beside the index, sign-in, roles, antiforgery, rate limits, the publication queue
builder.Services.AddEditors();

var app = builder.Build();

// Behind a trusted reverse proxy: the visitor's address and scheme (for the sign-in throttle, the log, Secure cookies)
app.UseTrustedProxies();

// Security headers on every answer; a Host for HTTP/1.0 requests without one; only reads (forms only in the editor
// area); Vietnamese errors without internals; the editor area never cached nor indexed; local assets
app.UseSecurityHeaders();
app.UseSiteHostForHostlessRequests();
app.UseReadOnlyMethods();
app.UseVietnameseErrors();
app.UseEditorHeaders();
app.UseAssets();

// Who is signed in (editor area only: its cookies never leave /bien-tap), rate limits, roles
app.UseRouting();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();

// Pages
app.MapSearchPages();
app.MapDocumentPages();
app.MapDiagramPages();
app.MapStudyPackPages();
app.MapRobots();

// JSON API
app.MapSearchApi();
app.MapDocumentsApi();
app.MapSectionsApi();
app.MapCitationsApi();
app.MapQuotationsApi();
app.MapGraphApi();
app.MapStatusApi();
app.MapOpenApiDescription();

// The editor area
app.MapEditorArea();

app.PrintAddressWhenStarted();
return app.RunOrExplain();

/// <summary>The web host's entry point (public for WebApplicationFactory).</summary>
public partial class Program;
