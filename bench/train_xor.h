/* One training run of examples/xor.c's 2-4-1 network (4000 epochs of full
 * batch gradient descent), written with scalar forward and backward
 * expressions as a small library would write them; included by
 * bench/train_xor.c once per (type, formulas). The includer defines NAME,
 * REAL, SIGMA(x) and BACKWARD(y, dy) = dy*sigma'(from y). Returns the final
 * loss, so that the work cannot be dropped. */
REAL NAME(void);
REAL NAME(void)
{
    static const REAL inputs[4][2] = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    static const REAL targets[4] = {0, 1, 1, 0};
    REAL w1[4][2], b1[4], w2[4], b2 = 0, h[4][4], out[4], d_z2[4], d_z1[4][4], loss = 0;
    unsigned long seed = 12345;
    int epoch, s, j;
    for (j = 0; j < 4; j++) {
        REAL *w[4] = {&w1[j][0], &w1[j][1], &b1[j], &w2[j]};
        int k;
        for (k = 0; k < 4; k++) {
            seed = (seed * 1103515245ul + 12345ul) & 0x7fffffff;
            *w[k] = (REAL)seed / (REAL)1073741824.0 - 1;
        }
    }
    for (epoch = 0; epoch < 4000; epoch++) {
        loss = 0;
        for (s = 0; s < 4; s++) {
            REAL z2 = b2, e;
            for (j = 0; j < 4; j++) {
                h[s][j] = SIGMA(w1[j][0] * inputs[s][0] + w1[j][1] * inputs[s][1] + b1[j]);
                z2 += w2[j] * h[s][j];
            }
            out[s] = SIGMA(z2);
            e = out[s] - targets[s];
            loss += e * e / 4;
            d_z2[s] = BACKWARD(out[s], 2 * e / 4);
            for (j = 0; j < 4; j++)
                d_z1[s][j] = BACKWARD(h[s][j], d_z2[s] * w2[j]);
        }
        for (s = 0; s < 4; s++) {
            b2 -= 2 * d_z2[s];
            for (j = 0; j < 4; j++) {
                w2[j] -= 2 * d_z2[s] * h[s][j];
                w1[j][0] -= 2 * d_z1[s][j] * inputs[s][0];
                w1[j][1] -= 2 * d_z1[s][j] * inputs[s][1];
                b1[j] -= 2 * d_z1[s][j];
            }
        }
    }
    return loss;
}
