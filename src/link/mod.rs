//! The link between a netwerkkaart and the genogram of the same casus.
//!
//! * [`bridge`]: pure rules between one map and one genogram: fill the familie sector
//!   from the genogram, and keep linked names in step both ways;
//! * [`library`]: the same through the browser's library (a [`Store`](crate::storage::Store)),
//!   so the UI only decides *when* to call them.

pub mod bridge;
pub mod library;
