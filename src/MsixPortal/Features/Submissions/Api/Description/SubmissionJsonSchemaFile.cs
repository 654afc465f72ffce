using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace MsixPortal.Features.Submissions.Api.Description;

/// <summary>
/// The standalone JSON Schema (draft 2020-12) of the JSON submission format: the same schemas as the
/// OpenAPI document's components (<see cref="SubmissionJsonSchema"/>), with the file's schema at the root
/// and the others under $defs.
/// </summary>
public static class SubmissionJsonSchemaFile
{
    private const string DefsPrefix = "#/$defs/";

    public static string Render()
    {
        var schemas = SubmissionJsonSchema.Schemas(id => new OpenApiSchemaReference(id), SubmissionNumbers.AsRead);
        var root = ToNode(schemas[SubmissionJsonSchema.FileSchema]).AsObject();
        var defs = new JsonObject();
        foreach (var (name, schema) in schemas.Where(s => s.Key != SubmissionJsonSchema.FileSchema))
        {
            defs[name] = ToNode(schema);
        }
        var file = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = SubmissionsApiDocument.JsonSchemaPath,
            ["title"] = "MSIX State submission (JSON)",
        };
        foreach (var (key, value) in root.ToList())
        {
            root.Remove(key);
            file[key] = value;
        }
        file["$defs"] = defs;
        return file.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>A schema written as JSON Schema 2020-12 (OpenAPI 3.1's dialect), its references pointed at $defs.</summary>
    private static JsonNode ToNode(IOpenApiSchema schema)
    {
        using var text = new StringWriter();
        schema.SerializeAsV31(new OpenApiJsonWriter(text));
        return JsonNode.Parse(text.ToString().Replace("#/components/schemas/", DefsPrefix, StringComparison.Ordinal))!;
    }
}
