using Glow.Core;
using Glow.Core.Numerics;
using Glow.Core.Specs;
using Glow.Core.State;
using Glow.Evm.Instructions;
using Glow.Evm.Processing;
using Glow.Evm.Tracing;

namespace Glow.Evm.Execution;

/// <summary>
/// Runs call frames for one fork: the interpreter, the call and create machinery, and the transaction substate.
/// Calls do not recurse on the CLR stack: a CALL or CREATE suspends the interpreter loop, the driver runs the child
/// frame, then resumes the parent with its result, so 1024 nested calls need no deep thread stack. One instance
/// runs one transaction at a time (it is not thread-safe); create one per thread.
/// </summary>
internal sealed unsafe partial class VirtualMachine
{
    private readonly Stack<CallFrame> _pool = new();
    private readonly Stack<CallFrame> _suspended = new();

    public VirtualMachine(ReleaseSpec spec, IPrecompileProvider precompiles, CodeInfoCache codeCache)
    {
        Spec = spec;
        Table = OpcodeTable.For(spec);
        Precompiles = precompiles;
        CodeCache = codeCache;
        RipemdAddress = PrecompileMap.AddressOf(3);
    }

    public ReleaseSpec Spec { get; }

    public OpcodeTable Table { get; }

    public IPrecompileProvider Precompiles { get; }

    public CodeInfoCache CodeCache { get; }

    /// <summary>The transaction's warm sets, refund counter, logs and self-destructs.</summary>
    public Substate Substate { get; } = new();

    public IWorldState State { get; private set; } = null!;

    public BlockContext Block { get; private set; } = null!;

    public ITxTracer Tracer { get; private set; } = NullTxTracer.Instance;

    /// <summary>ORIGIN.</summary>
    public Address Origin { get; private set; }

    /// <summary>GASPRICE: the effective gas price of the transaction.</summary>
    public UInt256 GasPrice { get; private set; }

    /// <summary>The transaction's blob versioned hashes (BLOBHASH).</summary>
    public IReadOnlyList<Hash256> BlobHashes { get; private set; } = [];

    /// <summary>BLOBBASEFEE, computed once per transaction.</summary>
    public UInt256 BlobBaseFee { get; private set; }

    /// <summary>A child frame a call or create instruction has entered and that must run before its parent resumes.</summary>
    public CallFrame? PendingChild { get; set; }

    /// <summary>
    /// Set when a message ran at the RIPEMD-160 precompile's address. Its touch survives a revert: the one exception
    /// to EIP-161's rules, kept since a client bug made it history in block 2,675,119 (see the execution specs).
    /// </summary>
    public bool RipemdTouched { get; set; }

    public Address RipemdAddress { get; }

    /// <summary>Prepares for a transaction: clears the substate and records its environment.</summary>
    public void BeginTransaction(IWorldState state, BlockContext block, in Address origin, in UInt256 gasPrice, IReadOnlyList<Hash256> blobHashes, ITxTracer tracer)
    {
        State = state;
        Block = block;
        Origin = origin;
        GasPrice = gasPrice;
        BlobHashes = blobHashes;
        BlobBaseFee = Spec.IsEip7516Enabled ? block.BlobBaseFee : UInt256.Zero;
        Tracer = tracer;
        Substate.Clear();
        RipemdTouched = false;
        PendingChild = null;

        // Frames left by a run that ended in an exception go back to the pool rather than under the next transaction.
        while (_suspended.Count > 0)
        {
            ReturnFrame(_suspended.Pop());
        }
    }

    /// <summary>A clean frame from the pool.</summary>
    public CallFrame RentFrame() => _pool.Count > 0 ? _pool.Pop() : new CallFrame();

    /// <summary>Gives a finished frame back to the pool.</summary>
    public void ReturnFrame(CallFrame frame)
    {
        frame.Reset();
        _pool.Push(frame);
    }

    /// <summary>
    /// Runs the transaction's own frame, already entered (<see cref="EnterCall"/> or <see cref="EnterCreate"/> returned
    /// true), with every frame it calls, until it ends. On return the root frame holds the status, gas left and output.
    /// </summary>
    public void Run(CallFrame root)
    {
        var tracing = Tracer.IsTracingInstructions;
        var frame = root;
        while (true)
        {
            var suspended = tracing ? Interpret<TraceOn>(frame) : Interpret<TraceOff>(frame);
            if (suspended)
            {
                var child = PendingChild!;
                PendingChild = null;
                _suspended.Push(frame);
                frame = child;
                continue;
            }

            Complete(frame);
            if (_suspended.Count == 0)
            {
                return;
            }

            var parent = _suspended.Pop();
            Deliver(parent, frame);
            ReturnFrame(frame);
            frame = parent;
        }
    }
}
