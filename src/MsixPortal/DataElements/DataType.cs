using System.Diagnostics.CodeAnalysis;

namespace MsixPortal.DataElements;

/// <summary>How a data element's value is written in a submission file and shown to users.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name",
    Justification = "Integer and Decimal are the MDE specification's own type names; no language boundary.")]
public enum DataType
{
    /// <summary>Free text up to the element's maximum length.</summary>
    Text,

    /// <summary>A calendar date; files carry YYYYMMDD.</summary>
    Date,

    /// <summary>A month and year; files carry MMYYYY, stored as the first day of that month.</summary>
    MonthYear,

    /// <summary>Yes or No in files (code set yes_no), a nullable boolean in the database.</summary>
    YesNo,

    /// <summary>One code of the element's code set.</summary>
    Code,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A decimal number with the element's precision and scale.</summary>
    Decimal,

    /// <summary>A four-digit year (YYYY).</summary>
    Year,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A ten-digit telephone number (digits only).</summary>
    Phone,
}
