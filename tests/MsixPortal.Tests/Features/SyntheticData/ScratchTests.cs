using System.Diagnostics;
using MsixPortal.Features.SyntheticData;
using Xunit.Abstractions;

namespace MsixPortal.Tests.Features.SyntheticData;

public class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        var warm = new SyntheticPopulation(new GeneratorSettings(7)).Children(2000).Count();
        var sw = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var children = new SyntheticPopulation(new GeneratorSettings(42)).Children(20000).ToList();
        output.WriteLine($"gen {sw.ElapsedMilliseconds} ms cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds} ms");
        var records = children.SelectMany(c => c.Records).ToList();
        output.WriteLine($"records {records.Count} enr {records.Sum(r => r.Record.Enrollments.Count)} qm {records.Sum(r => r.Record.QualifyingMoves.Count)} courses {records.Sum(r => r.Record.Courses.Count)} assess {records.Sum(r => r.Record.Assessments.Count)} alt {records.Sum(r => r.Record.AlternateIds.Count)}");
        output.WriteLine($"twins {children.Count(c => c.Truth.IsTwin)} two surnames {children.Count(c => c.Truth.LastName2 != null)} states dist {string.Join(",", children.GroupBy(c => c.Records.Count).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}"))}");
        output.WriteLine(string.Join(", ", children.GroupBy(c => c.Truth.BirthCountry).OrderByDescending(g => g.Count()).Take(10).Select(g => $"{g.Key}:{g.Count()}")));
        output.WriteLine(string.Join(", ", records.SelectMany(r => r.Variations).GroupBy(v => v).OrderByDescending(g => g.Count()).Select(g => $"{g.Key}:{g.Count()}")));
        output.WriteLine(string.Join(", ", records.SelectMany(r => r.Record.Enrollments).GroupBy(e => e.GradeLevel).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}")));
        output.WriteLine(string.Join(", ", children.Select(c => c.Truth.FirstName).GroupBy(v => v).OrderByDescending(g => g.Count()).Take(15).Select(g => $"{g.Key}:{g.Count()}")));
        output.WriteLine(string.Join(", ", children.Select(c => c.Truth.LastName1).GroupBy(v => v).OrderByDescending(g => g.Count()).Take(15).Select(g => $"{g.Key}:{g.Count()}")));
        foreach (var c in children.Take(12))
        {
            output.WriteLine($"T {c.Truth.ChildNumber} f{c.Truth.FamilyNumber} {c.Truth.FirstName}|{c.Truth.MiddleName}|{c.Truth.LastName1}|{c.Truth.LastName2} {c.Truth.Sex} {c.Truth.BirthDate} {c.Truth.BirthCity},{c.Truth.BirthState},{c.Truth.BirthCountry} P1 {c.Truth.Parent1} P2 {c.Truth.Parent2} twin {c.Truth.TwinOf}");
            foreach (var r in c.Records)
            {
                var x = r.Record;
                output.WriteLine($"   {x.StateCode} {x.StateStudentId} {x.FirstName}|{x.MiddleName}|{x.LastName1}|{x.LastName2} {x.BirthDate} p1 {x.Parent1FirstName} {x.Parent1LastName} p2 {x.Parent2FirstName} {x.Parent2LastName} [{string.Join(";", r.Variations)}] e{x.Enrollments.Count} q{x.QualifyingMoves.Count} c{x.Courses.Count} a{x.Assessments.Count}");
                foreach (var e in x.Enrollments)
                {
                    output.WriteLine($"      {e.EnrollmentDate}-{e.WithdrawalDate} {e.EnrollmentType} {e.GradeLevel} {e.SchoolOrProjectName} {e.SchoolId} {e.SchoolDistrictId}");
                }
            }
        }
    }
}
