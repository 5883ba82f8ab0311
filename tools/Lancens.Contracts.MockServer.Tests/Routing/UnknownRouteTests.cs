using System.Text;
using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.Routing;

/// <summary>Any method and path outside the spec answers the spec's unknown-route status and message, as JSON.</summary>
public sealed class UnknownRouteTests(SharedEngine engine) : IClassFixture<SharedEngine>
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "TRACE", "MKCOL", "FOO"];

    private static ApiSpecification Spec => TestSpec.Spec;

    public static TheoryData<string> UnknownPaths =>
    [
        "/", "/v1", Spec.BasePath, Spec.BasePath + "/", Spec.BasePath + "/user", Spec.BasePath + "/user/",
        Spec.BasePath + "/user/token/", Spec.BasePath + "/user/token/a/b", Spec.BasePath + "/user/message/token/", Spec.BasePath + "//user/token",
        Spec.BasePath.ToUpperInvariant() + "/user/token", Spec.BasePath + "/USER/TOKEN", Spec.BasePath + "/user/login/x", "/v2/api/user/token",
        Spec.BasePath + "/%E7%94%A8%E6%88%B7/%E4%BB%A4%E7%89%8C", Spec.BasePath + "/user/token%2Fx", "/__lancens_not_admin", "/user/token",
    ];

    [Theory]
    [MemberData(nameof(UnknownPaths))]
    public async Task UnknownPath_AnyMethod_AnswersTheUnknownRoute(string path)
    {
        foreach (var method in Methods)
        {
            var content = method is "GET" or "TRACE" ? null : new StringContent("{}", Encoding.UTF8, MediaTypes.Json);
            var answer = await engine.Client.SendAsync(new HttpMethod(method), path, content, token: "any");

            AnswerChecks.UnknownRoute(answer).ShouldBeNull($"{method} {path}");
        }
    }

    public static TheoryData<string, string> UndefinedMethodsOfKnownPaths =>
    [
        .. Spec.Operations.Select(operation => operation.PathTemplate).Distinct().SelectMany(template =>
            Methods.Except(Spec.Operations.Where(operation => operation.PathTemplate == template).Select(operation => operation.Method.Method))
                .Select(method => (method, template))),
    ];

    [Theory]
    [MemberData(nameof(UndefinedMethodsOfKnownPaths))]
    public async Task KnownPath_MethodItDoesNotDefine_AnswersTheUnknownRoute(string method, string template)
    {
        var path = template.Replace("{serial}", "a-serial", StringComparison.Ordinal);

        AnswerChecks.UnknownRoute(await engine.Client.SendAsync(new HttpMethod(method), path)).ShouldBeNull();
        AnswerChecks.UnknownRoute(await engine.Client.SendAsync(new HttpMethod(method.ToLowerInvariant()), path)).ShouldBeNull();
    }

    [Fact]
    public async Task KnownPath_MethodInLowerCase_IsAnotherMethodSoAnUnknownRoute()
    {
        foreach (var operation in Spec.Operations)
        {
            var answer = await RawHttp.SendAsync(engine.Mock.RootUrl, Encoding.ASCII.GetBytes(
                $"{operation.Method.Method.ToLowerInvariant()} {ApiClient.Url(engine.Mock.RootUrl, operation, "s").PathAndQuery} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"));

            AnswerChecks.UnknownRoute(answer).ShouldBeNull(operation.Id);
        }
    }

    [Fact]
    public async Task AsteriskTarget_Options_AnswersTheUnknownRoute() =>
        AnswerChecks.UnknownRoute(await RawHttp.SendAsync(engine.Mock.RootUrl, "OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"u8.ToArray())).ShouldBeNull();
}
