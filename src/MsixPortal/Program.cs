using MsixPortal.Features.Home;
using MsixPortal.Features.Records;
using MsixPortal.Features.Reports;
using MsixPortal.Infrastructure;
using MsixPortal.Infrastructure.DataProtection;
using MsixPortal.Infrastructure.Email;
using MsixPortal.Infrastructure.Logging;
using MsixPortal.Infrastructure.Startup;
using MsixPortal.Operations;

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalLogging();
builder.AddPortalStaticAssets();
builder.Services.AddPortalData(builder.Configuration);
builder.Services.AddPortalDataProtection(builder.Configuration);
builder.Services.AddPortalHealthChecks();
builder.Services.AddPortalEmail(builder.Configuration);
builder.Services.AddPortalIdentity(builder.Configuration);
builder.Services.AddPortalAccounts(builder.Configuration);
builder.Services.AddPortalWeb();
builder.Services.AddPortalSecurity();
builder.Services.AddPortalAuthorization();
builder.Services.AddPortalUserAdministration();
builder.Services.AddPortalSubmissions(builder.Configuration);
builder.Services.AddPortalSearch(builder.Configuration);
builder.Services.AddPortalRecords(builder.Configuration);
builder.Services.AddPortalWorkflows(builder.Configuration);
builder.Services.AddPortalHelp();
builder.Services.AddPortalHome();
builder.Services.AddPortalReports(builder.Configuration);

var app = builder.Build();

// Operator commands (migrate, seed-demo, generate, create-admin) run and exit instead of serving.
if (OperatorCommands.IsOperatorCommand(args))
{
    return await OperatorCommands.RunAsync(app, args);
}

// In Production the web server refuses to start with unsafe settings (key ring, public address, hosts, passwords).
if (!ProductionSettingsCheck.Allows(app))
{
    return ProductionSettingsCheck.RefusedExitCode;
}

app.UsePortalRequestLogging();
app.UsePortalSecurityHeaders();
app.UsePortalErrorPages();
app.UsePortalWeb();
app.MapPortalHealthChecks();
app.MapPortalSubmissionsApi();
await app.RunAsync();
return 0;

/// <summary>Entry point, public so that WebApplicationFactory&lt;Program&gt; can start the app in tests.</summary>
public partial class Program;
