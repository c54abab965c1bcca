using HauGiang.LegalKb.Web.Assets;
using HauGiang.LegalKb.Web.Citations;
using HauGiang.LegalKb.Web.Documents;
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

var app = builder.Build();

// Security headers on every answer; a Host for HTTP/1.0 requests without one; only reads; Vietnamese errors without
// internals; local assets
app.UseSecurityHeaders();
app.UseSiteHostForHostlessRequests();
app.UseReadOnlyMethods();
app.UseVietnameseErrors();
app.UseAssets();

// Pages
app.MapSearchPages();
app.MapDocumentPages();
app.MapDiagramPages();
app.MapStudyPackPages();

// JSON API
app.MapSearchApi();
app.MapDocumentsApi();
app.MapSectionsApi();
app.MapCitationsApi();
app.MapQuotationsApi();
app.MapGraphApi();
app.MapStatusApi();
app.MapOpenApiDescription();

app.PrintAddressWhenStarted();
return app.RunOrExplain();

/// <summary>The web host's entry point (public for WebApplicationFactory).</summary>
public partial class Program;
