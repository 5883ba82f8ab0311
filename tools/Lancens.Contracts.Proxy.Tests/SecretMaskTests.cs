using System.Text;
using Lancens.Contracts.Model;
using Lancens.Contracts.Proxy.Recording;
using Lancens.Contracts.Proxy.Tests.Support;

namespace Lancens.Contracts.Proxy.Tests;

/// <summary>What the mask leaves of a body, and what it remembers of the secrets it saw once it is full.</summary>
public sealed class SecretMaskTests
{
    private const string Password = "never-seen-pass-7";

    private static readonly ApiOperation Login = Rig.Spec.OperationFor(EffectAction.Login);

    public static TheoryData<string> BrokenLogins =>
    [
        $"{{\"username\":\"u1\",\"password\":\"{Password}",
        $"{{\"username\":\"u1\",\"password\":\"{Password}\",}}",
        $"[\"u1\",\"{Password}\"]",
        $"{{\"username\":\"u1\",\"password\":\"{Password}\",\"password\":\"{Password}\"}}",
    ];

    [Theory]
    [MemberData(nameof(BrokenLogins))]
    public void RequestBody_OfALoginThatIsNoJsonObject_IsReplacedWhole(string body)
    {
        var mask = new SecretMask(Rig.Spec);

        var masked = mask.RequestBody(Login, Encoding.UTF8.GetBytes(body));

        masked.ShouldBe($"<unreadable body: {Encoding.UTF8.GetByteCount(body)} bytes>");
    }

    [Fact]
    public void RequestBody_OfAReadableLogin_MasksOnlyItsSessionFields()
    {
        var mask = new SecretMask(Rig.Spec);

        var masked = mask.RequestBody(Login, Encoding.UTF8.GetBytes($"{{\"username\":\"user_one\",\"password\":\"{Password}\",\"extra\":\"kept\"}}"));

        masked.ShouldNotContain(Password);
        masked.ShouldNotContain("user_one");
        masked.ShouldContain("\"extra\":\"kept\"");
    }

    [Fact]
    public void RequestBody_OfABrokenBodyWithoutSessionFields_IsKeptForTheJudge()
    {
        var mask = new SecretMask(Rig.Spec);
        var register = Rig.Spec.OperationFor(EffectAction.Register, Rig.Spec.Resources[0]);

        mask.RequestBody(register, "{\"push_token\":"u8.ToArray()).ShouldBe("{\"push_token\":");
    }

    [Fact]
    public void Placeholder_WhenTheMaskIsFull_ForgetsTheLeastRecentlyUsedSecretOnly()
    {
        var mask = new SecretMask(Rig.Spec, capacity: 2);
        var first = mask.Placeholder("first-secret", "token");
        mask.Placeholder("second-secret", "token");
        mask.Scrub("in use: first-secret");

        mask.Placeholder("third-secret", "token");

        mask.Placeholder("first-secret", "token").ShouldBe(first);
        mask.Scrub("first-secret and third-secret").ShouldNotContain("secret");
        mask.Scrub("second-secret").ShouldBe("second-secret");
    }

    [Fact]
    public void UserId_WhenTheMaskIsFull_KeepsTheStandInOfAnIdStillInUse()
    {
        var mask = new SecretMask(Rig.Spec, capacity: 2);
        var first = mask.UserId(11);
        var second = mask.UserId(22);
        mask.UserId(11);

        mask.UserId(33);

        mask.UserId(11).ShouldBe(first);
        mask.UserId(22).ShouldNotBe(second);
    }
}
