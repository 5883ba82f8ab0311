using Lancens.Contracts.MockServer.Control;
using Lancens.Contracts.MockServer.Tests.Support;
using Lancens.Contracts.Model;

namespace Lancens.Contracts.MockServer.Tests.Control;

/// <summary>
/// The armed answers' index stays as small as what is armed: an answer armed for any operation waits in the queue of
/// every operation that documents it, and leaves them all when one of them uses it up.
/// </summary>
public sealed class ArmedIndexTests
{
    private const int Accounts = 100;

    private static ApiSpecification Spec => TestSpec.Spec;

    [Fact]
    public void ArmedForAnyOperation_UsedUpThroughOne_LeavesNoQueueBehind()
    {
        var shared = Spec.Operations.SelectMany(operation => operation.Errors)
            .Where(error => error.Trigger == ErrorTrigger.Forced)
            .GroupBy(error => error.Message)
            .First(group => group.Select(error => error.OperationId).Distinct().Count() > 1);
        var taker = Spec.Operations.Single(operation => operation.Id == shared.First().OperationId);
        var armed = new ArmedAnswers(Spec);
        for (var index = 0; index < ArmedAnswers.MaxArmed - Accounts; index++)
        {
            armed.Arm(new ArmRequest(Error: shared.Key, Times: 2));
        }

        for (var index = 0; index < Accounts; index++)
        {
            armed.Arm(new ArmRequest(Fault: "reset", Username: $"user-{index}", Times: 3));
        }

        armed.IndexSize.Operations.ShouldBe(Spec.Operations.Count, "the faults wait on every operation, the error on each that documents it");

        var taken = 0;
        for (var index = 0; index < Accounts; index++)
        {
            var username = $"user-{index}";
            while (armed.TryTake(taker, () => username) is not null)
            {
                taken++;
            }
        }

        while (armed.TryTake(taker, () => null) is not null)
        {
            taken++;
        }

        taken.ShouldBe(((ArmedAnswers.MaxArmed - Accounts) * 2) + (Accounts * 3));
        (armed.IsEmpty, armed.List().Count).ShouldBe((true, 0));
        armed.IndexSize.ShouldBe((0, 0, 0));
    }

    [Fact]
    public void ArmedForOneAccount_UsedUp_LeavesNoQueueForThatAccount()
    {
        var armed = new ArmedAnswers(Spec);
        var operation = Spec.Operations[0];
        armed.Arm(new ArmRequest(Fault: "reset", Operation: operation.Id, Username: "alice"));

        armed.TryTake(operation, () => "alice").ShouldNotBeNull();

        armed.TryTake(operation, () => "alice").ShouldBeNull();
        armed.IndexSize.ShouldBe((0, 0, 0));
    }
}
