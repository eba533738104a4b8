// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// OpenZeppelin's ERC-20 with the whole supply (10^6 tokens of 18 decimals) minted to the deployer.
contract Token is ERC20 {
    constructor() ERC20("Glow Test", "GT") {
        _mint(msg.sender, 1e24);
    }
}
