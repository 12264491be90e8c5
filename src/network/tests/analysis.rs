//! Hand-checked analyses of small networks.
