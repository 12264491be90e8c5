//! Tests of the netwerkkaart: model and commands, properties, layout, analysis, scene.

mod analysis;
mod layout;
mod model;
mod props;
mod routes;
mod scene;
