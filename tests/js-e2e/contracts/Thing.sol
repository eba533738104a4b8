// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// A small contract for the end-to-end tests: a custom error with an argument, an event with indexed topics,
/// and Cancun's transient storage (TSTORE/TLOAD) and MCOPY, so the node must run it under Cancun rules.
contract Thing {
    error InsufficientThing(uint256 need);

    event ThingSet(address indexed by, uint256 indexed previous, uint256 value);

    uint256 public stock;

    constructor(uint256 initial) {
        stock = initial;
    }

    /// Sets the stock and emits ThingSet.
    function set(uint256 value) external {
        uint256 previous = stock;
        stock = value;
        emit ThingSet(msg.sender, previous, value);
    }

    /// Takes some of the stock; reverts with InsufficientThing(need) when there is not enough.
    function take(uint256 amount) external returns (uint256 left) {
        if (amount > stock) {
            revert InsufficientThing(amount - stock);
        }
        stock -= amount;
        return stock;
    }

    /// Round-trips a value through transient storage and copies a word with MCOPY (Cancun opcodes).
    function cancun(uint256 value) external returns (uint256 viaTransient, uint256 viaMcopy) {
        assembly {
            tstore(0, value)
            viaTransient := tload(0)
            tstore(0, 0)
            mstore(0x80, value)
            mcopy(0xa0, 0x80, 0x20)
            viaMcopy := mload(0xa0)
        }
    }
}
