using MsixPortal.Infrastructure;
using MsixPortal.Infrastructure.Email;
using MsixPortal.Operations;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddPortalData(builder.Configuration);
builder.Services.AddPortalEmail(builder.Configuration);
builder.Services.AddPortalIdentity(builder.Configuration);
builder.Services.AddPortalAccounts(builder.Configuration);
builder.Services.AddPortalWeb();
builder.Services.AddPortalAuthorization();
builder.Services.AddPortalUserAdministration();
builder.Services.AddPortalSubmissions(builder.Configuration);

var app = builder.Build();

// Operator commands (migrate, seed-demo, generate, create-admin) run and exit instead of serving.
if (OperatorCommands.IsOperatorCommand(args))
{
    return await OperatorCommands.RunAsync(app, args);
}

app.UsePortalSecurityHeaders();
app.UsePortalWeb();
await app.RunAsync();
return 0;

/// <summary>Entry point, public so that WebApplicationFactory&lt;Program&gt; can start the app in tests.</summary>
public partial class Program;
