using Glow.Core.Numerics;
using Glow.Evm.Precompiles;

namespace Glow.Evm.Execution;

internal sealed unsafe partial class VirtualMachine
{
    /// <summary>
    /// Begins a call frame whose identity fields and gas are set: takes the snapshots, moves the value (or touches
    /// the target, EIP-161), and runs a precompile at once. Returns true when the frame has code to interpret; false
    /// when it has already ended (precompile, or no code) with its status, gas and output set.
    /// </summary>
    public bool EnterCall(CallFrame frame)
    {
        frame.StartGas = frame.Gas;
        frame.WorldSnapshot = State.TakeSnapshot();
        frame.SubstateSnapshot = Substate.Snapshot();
        if (Tracer.IsTracingCalls)
        {
            Tracer.EnterFrame(frame.Kind, frame.Caller, frame.Target, frame.Value, frame.Gas, frame.Input.Span);
        }

        if (frame.Kind is CallKind.Call or CallKind.CallCode && !frame.Value.IsZero)
        {
            State.SubtractBalance(frame.Caller, frame.Value);
            State.AddBalance(frame.Target, frame.Value);
        }
        else
        {
            State.Touch(frame.Target);
        }

        if (frame.Target == RipemdAddress)
        {
            RipemdTouched = true;
        }

        var precompile = Precompiles.Find(frame.CodeAddress);
        if (precompile is not null)
        {
            RunPrecompile(frame, precompile);
            return false;
        }

        frame.Code = GetCodeInfo(frame.CodeAddress);
        if (frame.Code.Length == 0)
        {
            frame.Status = EvmStatus.Success;
            frame.Output = ReadOnlyMemory<byte>.Empty;
            return false;
        }

        return true;
    }

    /// <summary>
    /// Begins a create frame at the new address in <see cref="CallFrame.Target"/>: takes the snapshots, creates the
    /// account (keeping any balance already sent there, clearing storage), sets its nonce to 1 (EIP-161) and moves
    /// the endowment. Returns true when the init code must run; false when it is empty (the frame has ended).
    /// </summary>
    public bool EnterCreate(CallFrame frame, CodeInfo initCode)
    {
        frame.StartGas = frame.Gas;
        frame.WorldSnapshot = State.TakeSnapshot();
        frame.SubstateSnapshot = Substate.Snapshot();
        frame.Code = initCode;
        if (Tracer.IsTracingCalls)
        {
            Tracer.EnterFrame(frame.Kind, frame.Caller, frame.Target, frame.Value, frame.Gas, initCode.Code);
        }

        State.CreateAccount(frame.Target);
        Substate.MarkCreated(frame.Target);
        if (Spec.IsEip158Enabled)
        {
            State.SetNonce(frame.Target, 1);
        }

        if (!frame.Value.IsZero)
        {
            State.SubtractBalance(frame.Caller, frame.Value);
            State.AddBalance(frame.Target, frame.Value);
        }

        if (initCode.Length == 0)
        {
            frame.Status = EvmStatus.Success;
            frame.Output = ReadOnlyMemory<byte>.Empty;
            return false;
        }

        return true;
    }

    /// <summary>After a call or create instruction entered <paramref name="child"/>: queue it to run, or finish it now.</summary>
    public void Start(CallFrame parent, CallFrame child, bool needsToRun)
    {
        if (needsToRun)
        {
            PendingChild = child;
            return;
        }

        Complete(child);
        Deliver(parent, child);
        ReturnFrame(child);
    }

    /// <summary>
    /// Ends a frame whose status is set: a failed frame loses its gas (unless it reverted) and its changes; a
    /// successful creation pays for and stores its code (EIP-170, EIP-3541), or fails.
    /// </summary>
    public void Complete(CallFrame frame)
    {
        switch (frame.Status)
        {
            case EvmStatus.Success:
                if (frame.Kind is CallKind.Create or CallKind.Create2)
                {
                    DepositCode(frame);
                }

                break;
            case EvmStatus.Revert:
                RevertFrame(frame);
                break;
            default:
                Fail(frame, frame.Status);
                break;
        }

        if (Tracer.IsTracingCalls)
        {
            Tracer.ExitFrame(frame.Status, frame.StartGas - frame.Gas, frame.Output.Span);
        }
    }

    /// <summary>Hands an ended child's result to its parent: gas left, the pushed result, return data and the output window.</summary>
    public static void Deliver(CallFrame parent, CallFrame child)
    {
        parent.Gas += child.Gas;
        var success = child.Status == EvmStatus.Success;
        UInt256 result;
        if (child.Kind is CallKind.Create or CallKind.Create2)
        {
            result = success ? Words.FromAddress(child.Target) : UInt256.Zero;
            parent.ReturnData = child.Status == EvmStatus.Revert ? child.Output : ReadOnlyMemory<byte>.Empty;
        }
        else
        {
            result = success ? UInt256.One : UInt256.Zero;
            parent.ReturnData = child.Output;
            var length = (int)Math.Min(child.OutputLength, child.Output.Length);
            if (length > 0)
            {
                child.Output.Span[..length].CopyTo(parent.Memory.Slice(child.OutputOffset, length));
            }
        }

        parent.Stack[parent.StackHeight++] = result;
    }

    private void DepositCode(CallFrame frame)
    {
        var code = frame.Output.Span;
        var cost = code.Length * Gas.GasCost.CodeDeposit;
        if (Spec.IsEip3541Enabled && code.Length > 0 && code[0] == 0xEF)
        {
            Fail(frame, EvmStatus.InvalidCodePrefix);
        }
        else if (cost > frame.Gas)
        {
            if (Spec.IsEip2Enabled)
            {
                Fail(frame, EvmStatus.OutOfGas);
            }
            else
            {
                // Frontier: a creation that cannot pay for its code succeeds without code.
                frame.Output = ReadOnlyMemory<byte>.Empty;
            }
        }
        else if (Spec.IsEip170Enabled && code.Length > Spec.MaxCodeSize)
        {
            Fail(frame, EvmStatus.CodeSizeExceeded);
        }
        else
        {
            frame.Gas -= cost;
            State.SetCode(frame.Target, frame.Output);
        }
    }

    private void Fail(CallFrame frame, EvmStatus status)
    {
        frame.Status = status;
        frame.Gas = 0;
        frame.Output = ReadOnlyMemory<byte>.Empty;
        RevertFrame(frame);
    }

    private void RevertFrame(CallFrame frame)
    {
        State.RevertToSnapshot(frame.WorldSnapshot);
        Substate.Revert(frame.SubstateSnapshot);
    }

    private static void RunPrecompile(CallFrame frame, IPrecompile precompile)
    {
        var input = frame.Input.Span;
        var cost = precompile.GasCost(input);
        if (cost > frame.Gas || cost < 0)
        {
            frame.Status = EvmStatus.OutOfGas;
            return;
        }

        frame.Gas -= cost;
        if (precompile.TryRun(input, out var output))
        {
            frame.Status = EvmStatus.Success;
            frame.Output = output;
        }
        else
        {
            frame.Status = EvmStatus.PrecompileFailure;
        }
    }
}
