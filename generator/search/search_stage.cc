// placeholder so the stage library is never empty
