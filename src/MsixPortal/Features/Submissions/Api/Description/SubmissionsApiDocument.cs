using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using MsixPortal.Infrastructure;

namespace MsixPortal.Features.Submissions.Api.Description;

/// <summary>
/// Completes the generated OpenAPI document for integrators: who publishes it and under which licence,
/// the server (Portal:BaseUrl, never the request's Host header), the OAuth 2.0 and HTTP Basic security
/// schemes, tag descriptions, and the submission's request body in XML (linking the XSD) and JSON (the
/// catalogue's schema), with the documented examples.
/// </summary>
public sealed class SubmissionsApiDocument(PortalLinks links) : IOpenApiDocumentTransformer
{
    public const string OAuthScheme = "oauth2";
    public const string BasicScheme = "clientBasic";
    public const string XsdPath = "/api/v1/schemas/submission.xsd";
    public const string JsonSchemaPath = "/api/v1/schemas/submission.schema.json";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "MSIX State submissions API",
            Version = "v1",
            Description = "How a State's system sends its Minimum Data Elements to the Migrant Student Information Exchange: get a bearer token "
                + "with the client credentials of an API client of the State (made by a data administrator on the portal's API clients page), "
                + "submit files in XML or JSON, and read each submission's status and errors. Formats: " + links.To(XsdPath) + " and " + links.To(JsonSchemaPath) + ".",
            Contact = new OpenApiContact { Name = "MSIX Portal administrators", Url = links.To("/") },
            License = new OpenApiLicense { Name = "CC0 1.0 (public domain)", Url = new Uri("https://creativecommons.org/publicdomain/zero/1.0/") },
        };
        document.Servers = [new OpenApiServer { Url = links.To("/").ToString().TrimEnd('/'), Description = "This portal" }];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [OAuthScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Description = "OAuth 2.0 client credentials (RFC 6749 §4.4). Tokens last at most an hour; revoking the client or the secret ends them at once.",
                Flows = new OpenApiOAuthFlows
                {
                    ClientCredentials = new OpenApiOAuthFlow
                    {
                        TokenUrl = links.To(OAuthTokenController.Path),
                        Scopes = new Dictionary<string, string>(ApiScopes.Descriptions),
                    },
                },
            },
            [BasicScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "basic",
                Description = "The API client's ID and secret, at the token endpoint only (RFC 6749 §2.3.1).",
            },
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var (name, schema) in SubmissionJsonSchema.Schemas(id => new OpenApiSchemaReference(id, document), SubmissionNumbers.JsonNumbers))
        {
            document.Components.Schemas[name] = schema;
        }
        document.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = "OAuth 2.0", Description = "Bearer tokens for API clients." },
            new() { Name = "Submissions", Description = "A State's files: submit, dry run, status and errors." },
        };
        if (document.Paths.TryGetValue("/api/v1/submissions", out var path) && path.Operations?.GetValueOrDefault(HttpMethod.Post) is { } submit)
        {
            submit.RequestBody = SubmissionBody(document);
            submit.ExternalDocs = new OpenApiExternalDocs { Description = "The XML format (XSD)", Url = links.To(XsdPath) };
        }
        return Task.CompletedTask;
    }

    private OpenApiRequestBody SubmissionBody(OpenApiDocument document)
    {
        var xml = SubmissionFormatFiles.Read(SubmissionFormatFiles.XmlExample);
        var xmlType = new OpenApiMediaType
        {
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = $"A submission file valid against the XSD at {links.To(XsdPath)} (namespace urn:msix-portal:submission:1), UTF-8.",
            },
            Example = JsonValue.Create(xml),
        };
        return new OpenApiRequestBody
        {
            Required = true,
            Description = "The submission file, at most Submissions:MaxFileBytes (150 MB by default) and 40,000 students.",
            // JSON first: a generator that makes one method per operation (NSwag) types the body from the first
            // media type, and it cannot send XML raw while the body also offers JSON (see the generated-client test).
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new()
                {
                    Schema = new OpenApiSchemaReference(SubmissionJsonSchema.FileSchema, document),
                    Example = JsonNode.Parse(SubmissionFormatFiles.Read(SubmissionFormatFiles.JsonExample)),
                },
                ["application/xml"] = xmlType,
                ["text/xml"] = xmlType,
            },
        };
    }
}

/// <summary>Each API operation's security: bearer tokens with the scope the action needs, HTTP Basic at the token endpoint.</summary>
public sealed class SubmissionsApiSecurity : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<RequiredScopeAttribute>().FirstOrDefault() is { } scope)
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SubmissionsApiDocument.OAuthScheme, context.Document)] = [scope.Scope] }];
        }
        else if (context.Description.RelativePath == OAuthTokenController.Path.TrimStart('/'))
        {
            // HTTP Basic, or client_id and client_secret in the form (then no scheme applies).
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SubmissionsApiDocument.BasicScheme, context.Document)] = [] },
                new OpenApiSecurityRequirement(),
            ];
        }
        return Task.CompletedTask;
    }
}
